package org.ektefaa.satisfaction.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.ektefaa.platform.api.RuleViolation;

/** The quality officer's settings: how long a link lives, when to remind, the smallest group shown, a low score. */
@Entity
@Table(name = "sat_settings")
public class SurveySettings implements Versioned {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "expiry_days", nullable = false)
    private int expiryDays;

    @Column(name = "reminder_after_days", nullable = false)
    private int reminderAfterDays;

    /** Results of a staff member or team are shown only with at least this many answers (policy §3.6). */
    @Column(name = "min_group_size", nullable = false)
    private int minGroupSize;

    /** An overall score at or below this opens a follow-up request (service recovery). */
    @Column(name = "low_score", nullable = false)
    private int lowScore;

    @Version
    private long version;

    protected SurveySettings() {
    }

    public void change(int expiryDays, int reminderAfterDays, int minGroupSize, int lowScore) {
        if (expiryDays < 1 || expiryDays > 90 || reminderAfterDays < 1 || reminderAfterDays >= expiryDays
                || minGroupSize < 3 || minGroupSize > 100 || lowScore < 1 || lowScore > 4) {
            throw new RuleViolation("survey.error.settings");
        }
        this.expiryDays = expiryDays;
        this.reminderAfterDays = reminderAfterDays;
        this.minGroupSize = minGroupSize;
        this.lowScore = lowScore;
    }

    public int getExpiryDays() {
        return expiryDays;
    }

    public int getReminderAfterDays() {
        return reminderAfterDays;
    }

    public int getMinGroupSize() {
        return minGroupSize;
    }

    public int getLowScore() {
        return lowScore;
    }

    public long getVersion() {
        return version;
    }
}
