package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.requests.api.RequestType;

/** One survey answer's scores, without anything that identifies the person. */
@Entity
@Table(name = "rep_survey_fact")
public class SurveyFact {

    @Id
    @Column(name = "response_id")
    private long responseId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Column(name = "service_code")
    private String serviceCode;

    private Integer overall;
    private Integer speed;
    private Integer courtesy;
    private Integer clarity;
    private Integer effort;
    private Integer recommend;

    protected SurveyFact() {
    }

    /** What this answer counts in the daily summaries, on the day it was given. */
    public void countInto(DailyCounts counts, java.time.ZoneId zone) {
        java.time.LocalDate day = java.time.LocalDate.ofInstant(answeredAt, zone);
        String[] measures = {"OVERALL", "SPEED", "COURTESY", "CLARITY", "EFFORT", "RECOMMEND"};
        Integer[] scores = {overall, speed, courtesy, clarity, effort, recommend};
        for (int i = 0; i < measures.length; i++) {
            if (scores[i] != null) {
                counts.add(day, measures[i], String.valueOf(scores[i]), 1);
            }
        }
        if (overall != null) {
            counts.add(day, DailyCounts.OVERALL_CHANNEL, channel.name() + ":" + overall, 1);
            counts.add(day, DailyCounts.OVERALL_SERVICE, (serviceCode == null ? "" : serviceCode) + ":" + overall, 1);
        }
    }

    public SurveyFact(long responseId, Instant answeredAt, RequestType type, ContactChannel channel, String serviceCode,
                      Integer overall, Integer speed, Integer courtesy, Integer clarity, Integer effort, Integer recommend) {
        this.responseId = responseId;
        this.answeredAt = answeredAt;
        this.type = type;
        this.channel = channel;
        this.serviceCode = serviceCode;
        this.overall = overall;
        this.speed = speed;
        this.courtesy = courtesy;
        this.clarity = clarity;
        this.effort = effort;
        this.recommend = recommend;
    }
}
