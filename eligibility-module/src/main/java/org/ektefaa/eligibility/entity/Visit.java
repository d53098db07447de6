package org.ektefaa.eligibility.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.Encrypted;

/**
 * The social research visit (البحث الاجتماعي, issue #26): a researcher is sent to a household's home by a due date,
 * records what they found — each criterion confirmed or not, the people living there, the income seen, the monthly
 * debt repayments, the state of the home, a note — recommends, and signs (typed name and drawn signature). Once
 * signed or cancelled it never changes. The note and the home's location are sealed at rest.
 */
@Entity
@Table(name = "elg_visit")
public class Visit implements Serializable, org.ektefaa.platform.api.Versioned {

    private static final long serialVersionUID = 1L;

    /** The longest drawn signature kept (a PNG data URL from the signature pad). */
    public static final int MAX_DRAWING = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    /** The file's id while the visit is to be done, else null: unique, so a file never has two visits to be done. */
    @Column(name = "open_file_id", unique = true)
    private Long openFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status = VisitStatus.ASSIGNED;

    @Column(name = "assigned_to", nullable = false)
    private String assignedTo;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    private String reason;

    @Column(name = "members_seen")
    private Integer membersSeen;

    @Column(name = "income_seen")
    private BigDecimal incomeSeen;

    @Column(name = "monthly_debts")
    private BigDecimal monthlyDebts;

    @Enumerated(EnumType.STRING)
    @Column(name = "housing_condition")
    private HousingCondition housingCondition;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    @Convert(converter = Encrypted.class)
    @Column(name = "note_enc")
    private String note;

    @Convert(converter = Encrypted.class)
    @Column(name = "location_enc")
    private String location;

    @Column(name = "signed_name")
    private String signedName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_drawing")
    private String signatureDrawing;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "cancelled_reason")
    private String cancelledReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "elg_visit_finding", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderBy("position")
    private List<VisitFinding> findings = new ArrayList<>();

    /** The field-visit opportunity the visit was offered to volunteers through (volunteering module), or null. */
    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Version
    private long version;

    /** How {@code assignedTo} names volunteers: {@code volunteer:} while offered, {@code volunteer:<id>} once taken. */
    public static final String VOLUNTEERS = "volunteer:";

    protected Visit() {
    }

    public Visit(long fileId, String assignedTo, LocalDate dueOn, String reason, String assignedBy, Instant at) {
        this.fileId = fileId;
        this.openFileId = fileId;
        this.assignedTo = assignedTo;
        this.dueOn = dueOn;
        this.reason = blankToNull(reason);
        this.assignedBy = assignedBy;
        this.assignedAt = at;
    }

    /** What the researcher records; every field is checked before anything is kept. */
    public record Report(Map<String, Boolean> findings, Integer membersSeen, BigDecimal incomeSeen,
                         BigDecimal monthlyDebts, HousingCondition housingCondition, Recommendation recommendation,
                         String note, String location, String signedName, String drawing) {
    }

    /** Records the findings and the signature: the visit is done. */
    public void sign(Report report, Instant at) {
        open();
        if (report.housingCondition() == null) {
            throw new RuleViolation("visit.error.housing");
        }
        if (report.recommendation() == null) {
            throw new RuleViolation("visit.error.recommendation");
        }
        if (report.membersSeen() != null && (report.membersSeen() < 1 || report.membersSeen() > 40)) {
            throw new RuleViolation("visit.error.members");
        }
        for (BigDecimal amount : new BigDecimal[] {report.incomeSeen(), report.monthlyDebts()}) {
            if (amount != null && (amount.signum() < 0 || amount.compareTo(new BigDecimal("10000000")) >= 0)) {
                throw new RuleViolation("visit.error.amount");
            }
        }
        // a line break typed in the browser arrives as two characters: counted as one, as the page counts it
        String written = report.note() == null ? null : report.note().replace("\r\n", "\n");
        if (written != null && written.length() > 2000) {
            throw new RuleViolation("visit.error.note");
        }
        if (report.findings().size() > 50 || report.findings().keySet().stream().anyMatch(k -> k == null || k.length() > 80)) {
            throw new RuleViolation("visit.error.findings");
        }
        if (!report.findings().isEmpty() && report.findings().values().stream().allMatch(java.util.Objects::isNull)) {
            throw new RuleViolation("visit.error.findings");
        }
        // as map applications copy it (a space after the comma) or typed on an Arabic keyboard (٫ for the decimal point)
        String place = blankToNull(report.location() == null ? null
                : report.location().replaceAll("\\s", "").replace('\u066B', '.').replace('\u060C', ','));
        if (place != null && !place.matches("-?\\d{1,2}(\\.\\d{1,7})?,-?\\d{1,3}(\\.\\d{1,7})?")) {
            throw new RuleViolation("visit.error.location");
        }
        if (report.signedName() == null || report.signedName().isBlank() || report.signedName().length() > 150) {
            throw new RuleViolation("visit.error.name");
        }
        String drawing = report.drawing();
        if (drawing == null || !drawing.startsWith("data:image/png;base64,") || drawing.length() > MAX_DRAWING
                || drawing.length() < 200) {
            throw new RuleViolation("visit.error.signature");
        }
        // the drawing first: it is read lazily, and EclipseLink reads a lazy attribute's group from the row before
        // setting it, which would undo whatever was set before it in this transaction
        signatureDrawing = drawing;
        findings.clear();
        report.findings().forEach((code, confirmed) -> {
            if (confirmed != null) {
                findings.add(new VisitFinding(findings.size() + 1, code, confirmed));
            }
        });
        membersSeen = report.membersSeen();
        incomeSeen = report.incomeSeen();
        monthlyDebts = report.monthlyDebts();
        housingCondition = report.housingCondition();
        recommendation = report.recommendation();
        note = blankToNull(written);
        location = place;
        signedName = report.signedName().trim();
        signedAt = at;
        status = VisitStatus.DONE;
        openFileId = null;
    }

    /** Given to another researcher, or a new due date; no longer offered to volunteers. */
    public void reassign(String to, LocalDate due) {
        open();
        assignedTo = to;
        dueOn = due;
        opportunityId = null;
    }

    /** A new due date, the researcher unchanged. */
    public void moveDue(LocalDate due) {
        open();
        dueOn = due;
    }

    /** Offered to approved volunteers through the field-visit opportunity {@code opportunity}. */
    public void offeredThrough(long opportunity) {
        open();
        assignedTo = VOLUNTEERS;
        opportunityId = opportunity;
    }

    /** The volunteer who took the opportunity's place is now its researcher. */
    public void takenBy(long volunteerId) {
        open();
        assignedTo = VOLUNTEERS + volunteerId;
    }

    /** The volunteer gave the place back: offered again. */
    public void givenBack() {
        open();
        assignedTo = VOLUNTEERS;
    }

    /** Whether the visit is offered to volunteers (taken by one or not). */
    public boolean isForVolunteers() {
        return assignedTo.startsWith(VOLUNTEERS);
    }

    /** The volunteer whose visit it is, if one took it. */
    public java.util.Optional<Long> volunteerId() {
        return isForVolunteers() && assignedTo.length() > VOLUNTEERS.length()
                ? java.util.Optional.of(Long.parseLong(assignedTo.substring(VOLUNTEERS.length())))
                : java.util.Optional.empty();
    }

    public Long getOpportunityId() {
        return opportunityId;
    }

    public void cancel(String why) {
        open();
        if (why == null || why.isBlank() || why.trim().length() > 500) {
            throw new RuleViolation("visit.error.cancelReason");
        }
        cancelledReason = why.trim();
        status = VisitStatus.CANCELLED;
        openFileId = null;
    }

    private void open() {
        if (status != VisitStatus.ASSIGNED) {
            throw new RuleViolation("visit.error.closed");
        }
    }

    /** Still to be done after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status == VisitStatus.ASSIGNED && dueOn.isBefore(today);
    }

    /** The criteria the researcher could not confirm. */
    public List<String> notConfirmed() {
        return findings.stream().filter(f -> !f.isConfirmed()).map(VisitFinding::getCode).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public long getFileId() {
        return fileId;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getReason() {
        return reason;
    }

    public Integer getMembersSeen() {
        return membersSeen;
    }

    public BigDecimal getIncomeSeen() {
        return incomeSeen;
    }

    public BigDecimal getMonthlyDebts() {
        return monthlyDebts;
    }

    public HousingCondition getHousingCondition() {
        return housingCondition;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getNote() {
        return note;
    }

    public String getLocation() {
        return location;
    }

    public String getSignedName() {
        return signedName;
    }

    /** The drawn signature (a PNG data URL from the pad), or null; read when first asked (a lazy column). */
    public String getSignatureDrawing() {
        return signatureDrawing;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getCancelledReason() {
        return cancelledReason;
    }

    public List<VisitFinding> getFindings() {
        return List.copyOf(findings);
    }

    @Override
    public long getVersion() {
        return version;
    }
}
