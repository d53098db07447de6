package org.ektefaa.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.requests.api.RequestType;

/** One request as the reports see it, filled event by event. */
@Entity
@Table(name = "rep_request_fact")
public class RequestFact {

    @Id
    @Column(name = "request_id")
    private long requestId;

    @Column(name = "tracking_number", nullable = false)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Column(name = "service_code")
    private String serviceCode;

    @Convert(converter = InstantConverter.class)
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "raised_at")
    private Instant raisedAt;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Convert(converter = InstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    private Boolean approved;

    @Column(name = "met_deadline")
    private Boolean metDeadline;

    @Column(name = "days_to_decision")
    private Integer daysToDecision;

    @Column(nullable = false)
    private int deliveries;

    @Convert(converter = InstantConverter.class)
    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the association's work on it was done: a registration's decision, any other request's closing. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "complaint_theme")
    private String complaintTheme;

    @Column(name = "complaint_upheld")
    private Boolean complaintUpheld;

    protected RequestFact() {
    }

    public RequestFact(long requestId, String trackingNumber, RequestType type, ContactChannel channel, Instant receivedAt) {
        this.requestId = requestId;
        this.trackingNumber = trackingNumber;
        this.type = type;
        this.channel = channel;
        this.receivedAt = receivedAt;
    }

    /** A fact rebuilt from the requests module's record (a request older than the reporting module). */
    public static RequestFact restored(org.ektefaa.requests.api.RequestDirectory.Snapshot s, ZoneId zone) {
        RequestFact fact = new RequestFact(s.requestId(), s.trackingNumber(), s.type(), s.channel(), s.receivedAt());
        fact.serviceCode = s.serviceCode();
        if (s.raisedAt() != null) {
            fact.raised(s.raisedAt(), s.dueDate());
        }
        if (s.decidedAt() != null) {
            fact.decided(Boolean.TRUE.equals(s.approved()), Boolean.TRUE.equals(s.metDeadline()), s.decidedAt(),
                    s.dueDate(), zone);
        }
        fact.deliveries = s.deliveries();
        if (s.closedAt() != null) {
            fact.closed(s.closedAt(), null);
        }
        fact.complaintTheme = s.complaintTheme();
        fact.complaintUpheld = s.complaintUpheld();
        return fact;
    }

    public void raised(Instant at, LocalDate due) {
        this.raisedAt = at;
        this.dueDate = due;
    }

    /** The decision; the days to decision are counted from the raise (or receipt) in the association's zone. */
    public void decided(boolean approved, boolean metDeadline, Instant at, LocalDate due, ZoneId zone) {
        this.approved = approved;
        this.metDeadline = metDeadline;
        this.decidedAt = at;
        if (due != null) {
            this.dueDate = due;
        }
        Instant from = raisedAt != null ? raisedAt : receivedAt;
        this.daysToDecision = (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(from, zone), LocalDate.ofInstant(at, zone));
        if (type.finishesWithDecision()) {
            finished(at);
        }
    }

    /** A complaint was resolved under a theme, upheld or not. */
    public void resolved(String theme, Boolean upheld) {
        this.complaintTheme = theme;
        this.complaintUpheld = upheld;
    }

    public void delivered(String serviceCode) {
        this.deliveries++;
        if (serviceCode != null) {
            this.serviceCode = serviceCode;
        }
    }

    public void closed(Instant at, String serviceCode) {
        this.closedAt = at;
        finished(at);
        if (serviceCode != null) {
            this.serviceCode = serviceCode;
        }
    }

    private void finished(Instant at) {
        if (finishedAt == null) {
            this.finishedAt = at;
        }
    }

    /** What this request counts in the daily summaries, each on the day it happened. */
    public void countInto(DailyCounts counts, ZoneId zone) {
        LocalDate received = LocalDate.ofInstant(receivedAt, zone);
        counts.add(received, DailyCounts.RECEIVED_CHANNEL, channel.name(), 1);
        counts.add(received, DailyCounts.RECEIVED_TYPE, type.name(), 1);
        counts.add(received, DailyCounts.DELIVERIES, "", deliveries);
        if (closedAt != null) {
            LocalDate closed = LocalDate.ofInstant(closedAt, zone);
            counts.add(closed, DailyCounts.CLOSED, "", 1);
            if (type == RequestType.INQUIRY) {
                counts.add(received, DailyCounts.INQUIRY_CLOSED, String.valueOf(ChronoUnit.DAYS.between(received, closed)), 1);
            }
        }
        if (decidedAt != null) {
            counts.add(LocalDate.ofInstant(decidedAt, zone), DailyCounts.DECIDED,
                    daysToDecision + "|" + metDeadline + "|" + approved, 1);
        }
    }

    public long getRequestId() {
        return requestId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Integer getDaysToDecision() {
        return daysToDecision;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
