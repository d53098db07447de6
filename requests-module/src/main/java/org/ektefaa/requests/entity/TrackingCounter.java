package org.ektefaa.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last tracking number issued in a Hijri year; read under a write lock, so numbers never repeat. */
@Entity
@Table(name = "req_tracking_counter")
public class TrackingCounter {

    @Id
    @Column(name = "hijri_year")
    private Integer hijriYear;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected TrackingCounter() {
    }

    public TrackingCounter(int hijriYear) {
        this.hijriYear = hijriYear;
    }

    /** The next number, e.g. {@code 1447-000123}. */
    public String next() {
        lastNumber++;
        return String.format(java.util.Locale.ROOT, "%d-%06d", hijriYear, lastNumber);
    }
}
