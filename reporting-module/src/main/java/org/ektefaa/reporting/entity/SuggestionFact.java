package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.InstantConverter;

/** A suggestion written in a survey: when, what became of it, its themes. */
@Entity
@Table(name = "rep_suggestion_fact")
public class SuggestionFact {

    @Id
    @Column(name = "response_id")
    private long responseId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(nullable = false)
    private String status;

    private String tags;

    protected SuggestionFact() {
    }

    public SuggestionFact(long responseId, Instant answeredAt) {
        this.responseId = responseId;
        this.answeredAt = answeredAt;
        this.status = "NEW";
    }

    public void reviewed(String status, String tags) {
        this.status = status;
        this.tags = tags;
    }
}
