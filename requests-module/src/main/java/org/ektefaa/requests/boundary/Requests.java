package org.ektefaa.requests.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.SaudiMobiles;
import org.ektefaa.requests.api.FollowUpRequested;
import org.ektefaa.requests.api.RequestRaisedForDecision;
import org.ektefaa.requests.api.RequestReceived;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.control.RequestStore;
import org.ektefaa.requests.control.TrackingNumbers;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.Service;

/**
 * Requests received from anyone on any enabled channel (policy §4): recorded with a tracking number in seconds at
 * the reception or on the phone, or sent once from the website form; the documents attached to them; the services
 * and complaint themes a request may name. What happens to a request next is {@link RequestHandling}; finding
 * requests is {@link RequestQueries}.
 */
@ApplicationScoped
@Transactional
public class Requests {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    /** What the intake form submits. */
    public record Intake(@NotNull RequestType type, @NotNull ContactChannel channel, Long beneficiaryId,
                         String applicantName, String applicantMobile, String subject, String details,
                         String serviceCode, String language,
                         @jakarta.validation.constraints.Size(max = 200) String applicantEmail, boolean consent,
                         java.math.BigDecimal quantity) {

        public Intake(RequestType type, ContactChannel channel, Long beneficiaryId, String applicantName,
                      String applicantMobile, String subject, String details, String serviceCode, String language,
                      String applicantEmail, boolean consent) {
            this(type, channel, beneficiaryId, applicantName, applicantMobile, subject, details, serviceCode, language,
                    applicantEmail, consent, null);
        }

        /** The same, asking for {@code value} of the service (its unit, or riyals). */
        public Intake withQuantity(java.math.BigDecimal value) {
            return new Intake(type, channel, beneficiaryId, applicantName, applicantMobile, subject, details, serviceCode,
                    language, applicantEmail, consent, value);
        }

        /** Received by a member of staff: no e-mail address, consent recorded on the file when it is opened. */
        public Intake(RequestType type, ContactChannel channel, Long beneficiaryId, String applicantName,
                      String applicantMobile, String subject, String details, String serviceCode, String language) {
            this(type, channel, beneficiaryId, applicantName, applicantMobile, subject, details, serviceCode, language,
                    null, false);
        }

        public Intake(RequestType type, ContactChannel channel, Long beneficiaryId, String applicantName,
                      String applicantMobile, String subject, String details) {
            this(type, channel, beneficiaryId, applicantName, applicantMobile, subject, details, null, "ar");
        }

        public Intake(RequestType type, ContactChannel channel, Long beneficiaryId, String applicantName,
                      String applicantMobile, String subject, String details, String serviceCode) {
            this(type, channel, beneficiaryId, applicantName, applicantMobile, subject, details, serviceCode, "ar");
        }
    }

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    RequestStore store;

    @Inject
    TrackingNumbers trackingNumbers;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    BeneficiaryDirectory directory;

    @Inject
    Event<RequestReceived> received;

    @Inject
    Event<RequestRaisedForDecision> raised;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.platform.api.protect.StoredFiles files;

    /** Where a request's attachments are kept in the file store. */
    static final String AREA = "attachments";

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME})
    public AidRequest receive(@NotNull Intake intake) {
        String by = caller.name();
        return receive(intake, by, null);
    }

    /**
     * Receives a request sent by a form that carries a random key: the same form sent again (a double click,
     * a replayed post, a retry after a lost answer) returns the request it made the first time. Two sends at
     * the same moment meet the key's unique index, and the second one fails with a
     * {@link jakarta.persistence.PersistenceException}; {@link #sentByForm(String)} then finds the first.
     */
    @PermitAll
    public AidRequest receiveOnce(@NotNull @jakarta.validation.constraints.Pattern(regexp = FORM_KEY) String formKey,
                                  @NotNull Intake intake) {
        String by = caller.nameOr("website");
        return sentByForm(formKey).orElseGet(() -> receive(intake, by, formKey));
    }

    /** An e-mail address as a person types it: one @, a dot in the domain, no spaces. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    /** The shape of a form key: a random UUID. */
    public static final String FORM_KEY = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** The request a form with this key made, if it was sent. */
    @PermitAll
    public java.util.Optional<AidRequest> sentByForm(String formKey) {
        return em.createQuery("select r from AidRequest r where r.submissionKey = :key", AidRequest.class)
                .setParameter("key", formKey).getResultStream().findFirst();
    }

    private AidRequest receive(Intake intake, String by, String formKey) {
        if (intake.type() == RequestType.REGISTRATION) {
            throw new RuleViolation("request.error.registrationThroughFile");
        }
        if (!profile.get().isEnabled(intake.channel())) {
            throw new RuleViolation("request.error.channelDisabled");
        }
        String mobile = null;
        if (intake.applicantMobile() != null && !intake.applicantMobile().isBlank()) {
            mobile = SaudiMobiles.e164(intake.applicantMobile()).orElseThrow(() -> new RuleViolation("request.error.mobile"));
        }
        if (intake.beneficiaryId() == null && (intake.applicantName() == null || intake.applicantName().isBlank()
                || mobile == null)) {
            throw new RuleViolation("request.error.whoRequired");
        }
        if (intake.beneficiaryId() != null && directory.summary(intake.beneficiaryId()).isEmpty()) {
            throw new RuleViolation("request.error.beneficiary");
        }
        if (intake.type() == RequestType.SUPPORT) {
            Service service = intake.serviceCode() == null ? null : em.find(Service.class, intake.serviceCode());
            if (service == null || !service.isActive()) {
                throw new RuleViolation("request.error.service");
            }
        }
        boolean visitor = caller.current().isEmpty();
        if (visitor && !intake.consent()) {
            // a visitor of the website form agrees to the processing the privacy notice describes before sending
            throw new RuleViolation("public.error.consent");
        }
        String email = intake.applicantEmail() == null || intake.applicantEmail().isBlank() ? null
                : intake.applicantEmail().strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new RuleViolation("request.error.email");
        }
        Instant now = clock.instant();
        AidRequest request = new AidRequest(trackingNumbers.next(), intake.type(), intake.channel(), intake.beneficiaryId(),
                trim(intake.subject(), 200), by, now);
        request.describe(trim(intake.applicantName(), 200), mobile, trim(intake.details(), 4000));
        request.reachableAt(email, intake.consent() ? now : null);
        if (intake.type() == RequestType.SUPPORT) {
            request.askFor(intake.serviceCode(), intake.quantity());
        }
        request.speaks(intake.language());
        request.sentBy(formKey);
        em.persist(request);
        boolean raise = raisesAtIntake(intake, visitor);
        if (raise) {
            request.raise(profile.get().decisionPeriodDays(), LocalDate.now(clock), by, now);
        }
        store.counted(request);
        em.flush();
        received.fire(new RequestReceived(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), now));
        if (raise) {
            raised.fire(new RequestRaisedForDecision(request.getId(), request.getTrackingNumber(), request.getType(),
                    request.getChannel(), request.getBeneficiaryId(), now, request.getDueDate()));
        }
        return request;
    }

    /**
     * Whether a support request goes to executive management as reception records it (issue #21): when the profile
     * says so and reception or an administrator typed it; one from the website (sent by a visitor, or by a signed-in
     * employee trying the form) still waits for reception to look at it.
     */
    private boolean raisesAtIntake(Intake intake, boolean visitor) {
        return intake.type() == RequestType.SUPPORT && !visitor && intake.channel() != ContactChannel.WEBSITE
                && caller.isSystemOrIn(Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME) && profile.get().raiseAtIntake();
    }

    /**
     * Service recovery (policy §3.5–§3.7): a follow-up request for the same person, on the same channel; after the
     * survey answer is committed, so that a failure here never loses the person's answer.
     */
    void on(@jakarta.enterprise.event.Observes @org.ektefaa.platform.api.Committed FollowUpRequested followUp) {
        AidRequest original = em.find(AidRequest.class, followUp.originalRequestId());
        if (original == null) {
            throw new RuleViolation("request.error.missing");
        }
        Instant now = clock.instant();
        AidRequest request = new AidRequest(trackingNumbers.next(), RequestType.FOLLOW_UP, original.getChannel(),
                original.getBeneficiaryId(), trim("↩ " + original.getTrackingNumber(), 200), followUp.requestedBy(), now);
        request.describe(original.getApplicantName(), original.getApplicantMobile(), trim(followUp.reason(), 4000));
        request.speaks(original.getLanguage());
        em.persist(request);
        store.counted(request);
        em.flush();
        received.fire(new RequestReceived(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), now));
    }

    /**
     * A file handed in with the request (a bill, a report): PDF, JPEG or PNG recognised by content, at most 5 MB;
     * the timeline records it.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public org.ektefaa.requests.entity.Attachment attach(long id, long expectedVersion, String fileName, byte[] content) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        String type = org.ektefaa.platform.api.protect.StoredFiles.accepted(content, "attachment.error.size",
                "attachment.error.type");
        String name = fileName == null || fileName.isBlank() ? "file" : java.nio.file.Path.of(fileName).getFileName().toString();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        org.ektefaa.platform.api.protect.StoredFiles.Stored stored = files.store(AREA, content, type);
        org.ektefaa.requests.entity.Attachment attachment = new org.ektefaa.requests.entity.Attachment(id, name, type,
                content.length, stored.name(), stored.sha256(), by, clock.instant());
        em.persist(attachment);
        request.note("📎 " + name, by, clock.instant());
        return attachment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<org.ektefaa.requests.entity.Attachment> attachments(long requestId) {
        return em.createQuery("select a from Attachment a where a.requestId = :r order by a.id",
                org.ektefaa.requests.entity.Attachment.class).setParameter("r", requestId).getResultList();
    }

    /** An attachment and its content, for the download servlet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<java.util.Map.Entry<org.ektefaa.requests.entity.Attachment, byte[]>> attachment(long attachmentId) {
        return Optional.ofNullable(em.find(org.ektefaa.requests.entity.Attachment.class, attachmentId))
                .map(a -> java.util.Map.entry(a, files.read(AREA, a.getStoredName())));
    }

    /** The complaint themes still offered, for the officer resolving a complaint. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public java.util.List<org.ektefaa.requests.entity.ComplaintTheme> complaintThemes() {
        return em.createQuery("select t from ComplaintTheme t where t.active = true order by t.code",
                org.ektefaa.requests.entity.ComplaintTheme.class).getResultList();
    }

    /** The active services of the catalogue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public List<Service> services() {
        return em.createQuery("select s from Service s where s.active = true order by s.code", Service.class)
                .getResultList();
    }

    private static String trim(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
