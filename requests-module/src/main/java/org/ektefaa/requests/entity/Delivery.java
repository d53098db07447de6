package org.ektefaa.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One delivery of a request's service: when, how much, by whom (policy §5.6). */
@Entity
@Table(name = "req_delivery")
public class Delivery implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "delivered_on", nullable = false, updatable = false)
    private LocalDate deliveredOn;

    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal quantity;

    @Column(updatable = false, length = 500)
    private String note;

    @Column(name = "delivered_by", nullable = false, updatable = false)
    private String deliveredBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Delivery() {
    }

    Delivery(LocalDate deliveredOn, BigDecimal quantity, String note, String deliveredBy, Instant recordedAt) {
        this.deliveredOn = deliveredOn;
        this.quantity = quantity;
        this.note = note;
        this.deliveredBy = deliveredBy;
        this.recordedAt = recordedAt;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getNote() {
        return note;
    }

    public String getDeliveredBy() {
        return deliveredBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
