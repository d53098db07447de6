package org.ektefaa.requests.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.StatusMoves;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.SlaClock;

/**
 * A request from a person, on one of the seven channels (policy §4), with its tracking number and its
 * timeline. Raised to executive management, it carries the decision's due date (§5.4); the clock pauses
 * while the request waits for the applicant.
 */
@Entity
@Table(name = "req_request")
public class AidRequest implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, unique = true, updatable = false)
    private String trackingNumber;

    /** The key of the form that sent it, unique: the same form sent twice makes one request. */
    @Column(name = "submission_key", updatable = false, length = 36)
    private String submissionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Column(name = "beneficiary_id")
    private Long beneficiaryId;

    @Column(length = 200)
    private String subject;

    @Column(length = 4000)
    private String details;

    /** For a person not (yet) registered: the name they gave. */
    @Column(name = "applicant_name", length = 200)
    private String applicantName;

    /** E.164; its last four digits let the person follow the request on the public page. */
    @Column(name = "applicant_mobile", length = 20)
    private String applicantMobile;

    /** An e-mail address the applicant gave for notices (optional), as well as or instead of the mobile. */
    @Column(name = "applicant_email", length = 200)
    private String applicantEmail;

    /** When the applicant agreed, on the website form, to the processing the privacy notice describes. */
    @Column(name = "consented_at")
    private Instant consentedAt;

    @Column(length = 4000)
    private String answer;

    @Column(name = "delivered_what", length = 500)
    private String deliveredWhat;

    @Column(name = "rejection_code", length = 40)
    private String rejectionCode;

    @Column(name = "complaint_theme", length = 40)
    private String complaintTheme;

    @Column(name = "complaint_upheld")
    private Boolean complaintUpheld;

    /** The language the applicant reads ({@code ar} or {@code en}); Arabic when unknown. */
    @Column(length = 8)
    private String language;

    /** For a support request: the service asked for, from the catalogue. */
    @Column(name = "service_code", length = 40)
    private String serviceCode;

    /** For a support request: how many of the service's unit, or how much money, is asked for. */
    @Column(name = "requested_quantity", precision = 12, scale = 2)
    private java.math.BigDecimal requestedQuantity;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "request_id")
    @OrderBy("deliveredOn, id")
    private List<Delivery> deliveries = new ArrayList<>();

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.RECEIVED;

    @Column(name = "decision_period_days")
    private Integer decisionPeriodDays;

    @Column(name = "raised_on")
    private LocalDate raisedOn;

    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    @Column(name = "waiting_since")
    private LocalDate waitingSince;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    /** Why the decision goes against the file's eligibility or a duplicate warning (issues #24, #26); internal. */
    @Column(name = "rules_override", length = 500)
    private String rulesOverride;

    @Column(name = "met_deadline")
    private Boolean metDeadline;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    @Column(name = "assigned_to")
    private String assignedTo;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "request_id")
    @OrderBy("occurredAt, id")
    private List<RequestStep> steps = new ArrayList<>();

    /** Moves not yet added to the status counters (RequestCounts): finished requests are counted as closed. */
    @Transient
    private final StatusMoves<RequestStatus> moves = new StatusMoves<>(RequestStatus.class);

    protected AidRequest() {
    }

    public AidRequest(String trackingNumber, RequestType type, ContactChannel channel, Long beneficiaryId,
                      String subject, String by, Instant at) {
        this.trackingNumber = trackingNumber;
        this.type = type;
        this.channel = channel;
        this.beneficiaryId = beneficiaryId;
        this.subject = subject;
        this.createdBy = by;
        this.createdAt = at;
        steps.add(new RequestStep(RequestStatus.RECEIVED, by, at, null));
        moves.moved(null, RequestStatus.RECEIVED);
    }

    /** The status moves since the last call, for the counters; none are pending afterwards. */
    public Map<RequestStatus, Long> uncountedMoves() {
        return moves.drain();
    }

    /** A status move that never reached the counters is a mistake of the boundary: refused before it is written. */
    @PreUpdate
    void refuseUncountedMoves() {
        if (moves.pending()) {
            throw new IllegalStateException("request " + id + " changed status without RequestCounts.count");
        }
    }

    /** Who the request is from, when it is not a registered beneficiary, and what it says. */
    public void describe(String applicantName, String applicantMobile, String details) {
        this.applicantName = applicantName;
        this.applicantMobile = applicantMobile;
        this.details = details;
    }

    /** Whether it is an inquiry, suggestion or complaint still to be answered ({@link #answer}). */
    public boolean canAnswer() {
        return answerable() && status == RequestStatus.RECEIVED;
    }

    private boolean answerable() {
        return type != RequestType.REGISTRATION && type != RequestType.SUPPORT;
    }

    /** Whether a member of staff may raise it to executive management: a support request just received. */
    public boolean canRaiseForDecision() {
        return type == RequestType.SUPPORT && status == RequestStatus.RECEIVED;
    }

    /** Whether the executive may ask the applicant for more ({@link #waitForApplicant}): it waits for a decision. */
    public boolean canAskApplicant() {
        return status == RequestStatus.RAISED;
    }

    /** Whether it waits for the applicant's answer ({@link #applicantAnswered}). */
    public boolean isWaitingForApplicant() {
        return status == RequestStatus.WAITING_FOR_APPLICANT;
    }

    /** Whether something can be delivered on it ({@link #deliver}): approved, or in service. */
    public boolean canDeliver() {
        return status == RequestStatus.APPROVED || status == RequestStatus.IN_SERVICE;
    }

    /** Whether the service can be marked complete ({@link #completeService}). */
    public boolean canCompleteService() {
        return status == RequestStatus.IN_SERVICE;
    }

    /** Whether the association's work on it is done ({@link RequestStatus#finishes}). */
    public boolean isFinished() {
        return status.finishes(type);
    }

    /** Whether it can be closed ({@link #close}): answered, delivered or rejected. */
    public boolean canClose() {
        return status == RequestStatus.ANSWERED || status == RequestStatus.DELIVERED || status == RequestStatus.REJECTED;
    }

    /** An inquiry answered, a suggestion acknowledged, a complaint resolved (policy §3.3). */
    public void answer(String text, String by, Instant at) {
        if (!answerable()) {
            throw new RuleViolation("request.error.notAnswerable");
        }
        if (!canAnswer()) {
            throw new RuleViolation("request.error.transition", status.name(), RequestStatus.ANSWERED.name());
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("request.error.answerRequired");
        }
        if (type == RequestType.COMPLAINT && (complaintTheme == null || complaintUpheld == null)) {
            throw new RuleViolation("request.error.themeRequired");
        }
        this.answer = text.trim();
        move(RequestStatus.ANSWERED, by, at, null);
    }

    /** The applicant's e-mail address for notices, and when they consented to the processing (the website form). */
    public void reachableAt(String email, Instant consented) {
        this.applicantEmail = email;
        this.consentedAt = consented;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    /** Names the form that sent this request (set before it is first stored). */
    public void sentBy(String formKey) {
        this.submissionKey = formKey;
    }

    public void speaks(String language) {
        this.language = "en".equals(language) ? "en" : "ar";
    }

    /** What a complaint was about and whether it was upheld, before {@link #answer} resolves it. */
    public void classify(String themeCode, Boolean upheld) {
        if (type != RequestType.COMPLAINT) {
            return;
        }
        this.complaintTheme = themeCode == null || themeCode.isBlank() ? null : themeCode;
        this.complaintUpheld = upheld;
    }

    /** The decision about to be made goes against a warning: why, kept with it (before {@link #decide}). */
    public void overrideRules(String why) {
        this.rulesOverride = why == null || why.isBlank() ? null : why.strip();
    }

    public String getRulesOverride() {
        return rulesOverride;
    }

    /** A rejection for a reason of the list (and the executive's own words), before {@link #decide}. */
    public void rejectFor(String code) {
        this.rejectionCode = code;
    }

    /** A member of staff adds a note to the timeline, whatever the status. */
    public void note(String text, String by, Instant at) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("request.error.noteRequired");
        }
        steps.add(new RequestStep(status, by, at, text.trim().length() <= 1000 ? text.trim() : text.trim().substring(0, 1000)));
    }

    /** The service asked for, from the catalogue (support requests only). */
    public void askFor(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    /** A service of the catalogue and how much of it (its unit, or riyals): the quantity, if given, is positive. */
    public void askFor(String serviceCode, java.math.BigDecimal quantity) {
        if (quantity != null && (quantity.signum() <= 0 || quantity.compareTo(new java.math.BigDecimal("9999999999")) > 0)) {
            throw new RuleViolation("request.error.quantity");
        }
        this.serviceCode = serviceCode;
        this.requestedQuantity = quantity;
    }

    public java.math.BigDecimal getRequestedQuantity() {
        return requestedQuantity;
    }

    /**
     * One delivery of the approved service (policy §5.6): a part, or one month of a recurring service. The
     * request stays in service until {@link #completeService} says nothing more is due.
     */
    public void deliver(java.math.BigDecimal quantity, LocalDate on, String note, String by, Instant at) {
        if (!canDeliver()) {
            throw new RuleViolation("request.error.transition", status.name(), RequestStatus.IN_SERVICE.name());
        }
        if (quantity == null || quantity.signum() <= 0) {
            throw new RuleViolation("request.error.deliveryRequired");
        }
        deliveries.add(new Delivery(on, quantity, note == null || note.isBlank() ? null : note.trim(), by, at));
        String what = quantity.stripTrailingZeros().toPlainString() + (note == null || note.isBlank() ? "" : " " + note.trim());
        this.deliveredWhat = what;
        move(RequestStatus.IN_SERVICE, by, at, what);
    }

    /** Everything due was delivered. */
    public void completeService(String by, Instant at) {
        if (!canCompleteService()) {
            throw new RuleViolation("request.error.transition", status.name(), RequestStatus.DELIVERED.name());
        }
        move(RequestStatus.DELIVERED, by, at, null);
    }

    public java.math.BigDecimal deliveredTotal() {
        return deliveries.stream().map(Delivery::getQuantity).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /** Closes an answered, delivered or rejected request. */
    public void close(String by, Instant at) {
        if (!canClose()) {
            throw new RuleViolation("request.error.transition", status.name(), RequestStatus.CLOSED.name());
        }
        this.closedAt = at;
        move(RequestStatus.CLOSED, by, at, null);
    }

    /** Raised to executive management: the decision is due {@code periodDays} later (policy §5.4). */
    public void raise(int periodDays, LocalDate today, String by, Instant at) {
        if (status != RequestStatus.RECEIVED) {
            throw new RuleViolation("request.error.transition", status.name(), RequestStatus.RAISED.name());
        }
        this.decisionPeriodDays = periodDays;
        this.raisedOn = today;
        this.dueDate = SlaClock.due(today, periodDays, 0);
        move(RequestStatus.RAISED, by, at, null);
    }

    /** More information is needed from the applicant: the clock stops. */
    public void waitForApplicant(String what, LocalDate today, String by, Instant at) {
        if (!canAskApplicant()) {
            throw new RuleViolation("request.error.transition", status.name(), RequestStatus.WAITING_FOR_APPLICANT.name());
        }
        this.waitingSince = today;
        move(RequestStatus.WAITING_FOR_APPLICANT, by, at, what);
    }

    /** The applicant answered: the clock resumes and the due date moves by the days it stood still. */
    public void applicantAnswered(LocalDate today, String by, Instant at) {
        if (!isWaitingForApplicant()) {
            throw new RuleViolation("request.error.transition", status.name(), RequestStatus.RAISED.name());
        }
        pausedDays += SlaClock.pausedDays(waitingSince, today);
        waitingSince = null;
        dueDate = SlaClock.due(raisedOn, decisionPeriodDays, pausedDays);
        move(RequestStatus.RAISED, by, at, null);
    }

    /** The executive's decision, with its reason; records whether it kept the commitment. */
    public void decide(boolean approved, String reason, LocalDate today, String by, Instant at) {
        if (status != RequestStatus.RAISED) {
            throw new RuleViolation("request.error.notAwaitingDecision");
        }
        if (!approved && (reason == null || reason.isBlank())) {
            throw new RuleViolation("request.error.reasonRequired");
        }
        this.decidedAt = at;
        this.decidedBy = by;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
        this.metDeadline = SlaClock.met(dueDate, today);
        move(approved ? RequestStatus.APPROVED : RequestStatus.REJECTED, by, at, this.decisionReason);
    }

    /** A member of staff takes the request on (or hands it to a colleague); the timeline says so. */
    public void assign(String to, String by, Instant at) {
        if (to == null || to.isBlank()) {
            throw new RuleViolation("request.error.assignee");
        }
        if (status == RequestStatus.CLOSED) {
            throw new RuleViolation("request.error.closed");
        }
        this.assignedTo = to.strip();
        steps.add(new RequestStep(status, by, at, "→ " + this.assignedTo));
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    private void move(RequestStatus to, String by, Instant at, String note) {
        moves.moved(status.countedAs(type), to.countedAs(type));
        this.status = to;
        steps.add(new RequestStep(to, by, at, note));
    }

    public boolean isOverdue(LocalDate today) {
        return status.awaitsDecision() && dueDate != null && status == RequestStatus.RAISED && SlaClock.overdue(dueDate, today);
    }

    public boolean isAtRisk(LocalDate today) {
        return status == RequestStatus.RAISED && dueDate != null && SlaClock.atRisk(dueDate, today);
    }

    public long daysLeft(LocalDate today) {
        return dueDate == null ? 0 : SlaClock.daysLeft(dueDate, today);
    }

    public Long getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public RequestType getType() {
        return type;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public Long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetails() {
        return details;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantMobile() {
        return applicantMobile;
    }

    public String getAnswer() {
        return answer;
    }

    public String getDeliveredWhat() {
        return deliveredWhat;
    }

    public String getRejectionCode() {
        return rejectionCode;
    }

    public String getComplaintTheme() {
        return complaintTheme;
    }

    public Boolean getComplaintUpheld() {
        return complaintUpheld;
    }

    public String getLanguage() {
        return language == null ? "ar" : language;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public List<Delivery> getDeliveries() {
        return List.copyOf(deliveries);
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public int getPausedDays() {
        return pausedDays;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Boolean getMetDeadline() {
        return metDeadline;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<RequestStep> getSteps() {
        return List.copyOf(steps);
    }
}
