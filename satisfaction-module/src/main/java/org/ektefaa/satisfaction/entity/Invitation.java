package org.ektefaa.satisfaction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.platform.api.protect.OneTimeLink;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.api.RequestType;

/**
 * An invitation to evaluate one closed request (policy §3.5), reached with a one-time token of which only
 * the SHA-256 is kept. It expires, may be reminded once, and is answered at most once. A kiosk invitation
 * is made at the reception desk for a visit and answered there, without a link.
 */
@Entity
@Table(name = "sat_invitation")
public class Invitation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private OneTimeLink link;

    @Column(name = "reminder_hash", unique = true)
    private String reminderHash;

    /** The token printed on the receipt, if any. */
    @Column(name = "print_hash", unique = true)
    private String printHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    private SurveyTemplate template;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "tracking_number", nullable = false)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType requestType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "served_by")
    private String servedBy;

    @Column(nullable = false)
    private String language;

    /** Keyed hash of the mobile or e-mail the invitation went to, to honour an opt-out. */
    @Column(name = "contact_hash")
    private String contactHash;

    @Column(nullable = false)
    private boolean kiosk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "opened_at")
    private Instant openedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(OneTimeLink link, SurveyTemplate template, long requestId, String trackingNumber,
                      RequestType requestType, ContactChannel channel, String serviceCode, String servedBy,
                      String language, String contactHash, boolean kiosk, Instant at) {
        this.link = link;
        this.template = template;
        this.requestId = requestId;
        this.trackingNumber = trackingNumber;
        this.requestType = requestType;
        this.channel = channel;
        this.serviceCode = serviceCode;
        this.servedBy = servedBy;
        this.language = language == null ? "ar" : language;
        this.contactHash = contactHash;
        this.kiosk = kiosk;
        this.status = InvitationStatus.SENT;
        this.createdAt = at;
    }

    /** Whether the person may still answer at {@code now}. */
    public boolean isAnswerable(Instant now) {
        return status.isOpen() && link.isOpenAt(now);
    }

    /** The link was followed: the first time counts as opened. */
    public void opened(Instant at) {
        if (status == InvitationStatus.SENT) {
            status = InvitationStatus.OPENED;
            openedAt = at;
        }
    }

    /** Marks the invitation used; refused when it was answered already or has expired. */
    public void answered(Instant at) {
        if (status == InvitationStatus.ANSWERED) {
            throw new RuleViolation("survey.error.used");
        }
        if (!isAnswerable(at)) {
            throw new RuleViolation("survey.error.expired");
        }
        if (openedAt == null) {
            openedAt = at;
        }
        status = InvitationStatus.ANSWERED;
        answeredAt = at;
    }

    public boolean needsReminder(Instant now, java.time.Duration after) {
        return !kiosk && status.isOpen() && remindedAt == null && !now.isBefore(createdAt.plus(after))
                && link.isOpenAt(now);
    }

    /** The reminder went out with a second link, whose token hashes to {@code tokenHash}. */
    public void reminded(String tokenHash, Instant at) {
        reminderHash = tokenHash;
        remindedAt = at;
    }

    /** A link to print (the receipt's QR code) was made; an earlier printed link stops working. */
    public void printed(String tokenHash) {
        this.printHash = tokenHash;
    }

    /**
     * Where the invitation stands at {@code now}, as the quality officer sees it (issue #22): one whose link has
     * expired is expired, even before the hourly timer records it.
     */
    public InvitationStatus statusAt(Instant now) {
        return status.isOpen() && !link.isOpenAt(now) ? InvitationStatus.EXPIRED : status;
    }

    public void expire(Instant now) {
        if (status.isOpen() && !link.isOpenAt(now)) {
            status = InvitationStatus.EXPIRED;
        }
    }

    public Long getId() {
        return id;
    }

    public SurveyTemplate getTemplate() {
        return template;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public RequestType getRequestType() {
        return requestType;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getServedBy() {
        return servedBy;
    }

    public String getLanguage() {
        return language;
    }

    public String getContactHash() {
        return contactHash;
    }

    public boolean isKiosk() {
        return kiosk;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return link.getExpiresAt();
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public long getVersion() {
        return version;
    }
}
