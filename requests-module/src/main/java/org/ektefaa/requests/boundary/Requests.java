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
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.SaudiMobiles;
import org.ektefaa.requests.api.ApplicantAsked;
import org.ektefaa.requests.api.FollowUpRequested;
import org.ektefaa.requests.api.RequestAnswered;
import org.ektefaa.requests.api.RequestClosed;
import org.ektefaa.requests.api.RequestRaisedForDecision;
import org.ektefaa.requests.api.RequestReceived;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.api.ServiceDelivered;
import org.ektefaa.requests.control.RequestStore;
import org.ektefaa.requests.control.TrackingNumbers;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;
import org.ektefaa.requests.entity.Service;

/**
 * Requests from anyone on any enabled channel (policy §4): recorded with a tracking number in seconds at
 * the reception or on the phone; inquiries answered, suggestions acknowledged, complaints resolved (§3.3);
 * support requests raised for decision (§5.4), delivered (§5.6) and closed. A person follows a request on
 * the public status page with its tracking number and the last four digits of their mobile (§3.4).
 */
@ApplicationScoped
@Transactional
public class Requests {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    /** What the public status page may say: no name, no text, only where the request stands. */
    public record PublicStatus(String trackingNumber, RequestType type, RequestStatus status, LocalDate dueDate) {
    }

    /** What the intake form submits. */
    public record Intake(@NotNull RequestType type, @NotNull ContactChannel channel, Long beneficiaryId,
                         String applicantName, String applicantMobile, String subject, String details,
                         String serviceCode, String language,
                         @jakarta.validation.constraints.Size(max = 200) String applicantEmail, boolean consent) {

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
    Event<ServiceDelivered> delivered;

    @Inject
    Event<ApplicantAsked> waiting;

    @Inject
    Event<RequestClosed> closed;

    @Inject
    Event<RequestAnswered> answered;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.platform.api.protect.FileStore files;

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
            request.askFor(intake.serviceCode());
        }
        request.speaks(intake.language());
        request.sentBy(formKey);
        em.persist(request);
        em.flush();
        received.fire(new RequestReceived(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), now));
        return request;
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
        em.flush();
        received.fire(new RequestReceived(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), now));
    }

    /** Gives the request to a member of staff ("assigned to me"). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void assign(long id, long expectedVersion, @NotBlank String to) {
        String by = caller.name();
        store.forChange(id, expectedVersion).assign(to, by, clock.instant());
    }

    /**
     * A file handed in with the request (a bill, a report): PDF, JPEG or PNG recognised by content, at most 5 MB;
     * the timeline records it.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public org.ektefaa.requests.entity.Attachment attach(long id, long expectedVersion, String fileName, byte[] content) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        if (content == null || content.length == 0 || content.length > org.ektefaa.platform.api.protect.FileStore.MAX_BYTES) {
            throw new RuleViolation("attachment.error.size", 5);
        }
        String type = org.ektefaa.platform.api.protect.FileStore.contentType(content)
                .orElseThrow(() -> new RuleViolation("attachment.error.type"));
        String name = fileName == null || fileName.isBlank() ? "file" : java.nio.file.Path.of(fileName).getFileName().toString();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        org.ektefaa.platform.api.protect.FileStore.Stored stored = files.store(AREA, content, type);
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

    /** A note on the request's timeline. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void note(long id, long expectedVersion, String text) {
        String by = caller.name();
        store.forChange(id, expectedVersion).note(text, by, clock.instant());
    }

    /** More information is needed from the applicant: the decision clock stops until they answer. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void waitForApplicant(long id, long expectedVersion, String what) {
        String by = caller.name();
        if (what == null || what.isBlank()) {
            throw new RuleViolation("request.error.whatNeeded");
        }
        AidRequest request = store.forChange(id, expectedVersion);
        request.waitForApplicant(what.trim(), LocalDate.now(clock), by, clock.instant());
        waiting.fire(new ApplicantAsked(request.getId(), request.getTrackingNumber(), what.trim()));
    }

    /** The applicant answered: the clock resumes and the due date moves by the days it stood still. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void applicantAnswered(long id, long expectedVersion) {
        String by = caller.name();
        store.forChange(id, expectedVersion).applicantAnswered(LocalDate.now(clock), by, clock.instant());
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<AidRequest> find(long id) {
        return Optional.ofNullable(em.find(AidRequest.class, id));
    }

    /**
     * Answers an inquiry, acknowledges a suggestion or resolves a complaint; a complaint needs its theme (an active
     * entry of the list) and whether it was upheld.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void answer(long id, long expectedVersion, String text, String complaintTheme, Boolean upheld) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        if (request.getType() == RequestType.COMPLAINT && complaintTheme != null) {
            org.ektefaa.requests.entity.ComplaintTheme theme =
                    em.find(org.ektefaa.requests.entity.ComplaintTheme.class, complaintTheme);
            if (theme == null || !theme.isActive()) {
                throw new RuleViolation("request.error.themeRequired");
            }
        }
        request.classify(complaintTheme, upheld);
        Instant now = clock.instant();
        request.answer(text, by, now);
        answered.fire(new RequestAnswered(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getComplaintTheme(), request.getComplaintUpheld(), now));
    }

    /** The complaint themes still offered, for the officer resolving a complaint. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public java.util.List<org.ektefaa.requests.entity.ComplaintTheme> complaintThemes() {
        return em.createQuery("select t from ComplaintTheme t where t.active = true order by t.code",
                org.ektefaa.requests.entity.ComplaintTheme.class).getResultList();
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void raise(long id, long expectedVersion) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        if (request.getType() != RequestType.SUPPORT) { // a registration is raised when its file is submitted
            throw new RuleViolation("request.error.notForDecision");
        }
        Instant now = clock.instant();
        request.raise(profile.get().decisionPeriodDays(), LocalDate.now(clock), by, now);
        raised.fire(new RequestRaisedForDecision(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), now, request.getDueDate()));
    }

    /** Records one delivery (a part, or one month of a recurring service); the applicant is told. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void deliver(long id, long expectedVersion, java.math.BigDecimal quantity, LocalDate on, String note) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        Instant now = clock.instant();
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("request.error.futureDelivery");
        }
        request.deliver(quantity, day, note, by, now);
        delivered.fire(new ServiceDelivered(request.getId(), request.getTrackingNumber(), request.getBeneficiaryId(),
                request.getServiceCode(), quantity, request.getDeliveredWhat(), now));
    }

    /** Everything due was delivered; the request can be closed. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void completeService(long id, long expectedVersion) {
        String by = caller.name();
        store.forChange(id, expectedVersion).completeService(by, clock.instant());
    }

    /** The active services of the catalogue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public List<Service> services() {
        return em.createQuery("select s from Service s where s.active = true order by s.code", Service.class)
                .getResultList();
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void close(long id, long expectedVersion) {
        String by = caller.name();
        AidRequest request = store.forChange(id, expectedVersion);
        Instant now = clock.instant();
        request.close(by, now);
        closed.fire(new RequestClosed(request.getId(), request.getTrackingNumber(), request.getType(),
                request.getChannel(), request.getBeneficiaryId(), request.getServiceCode(), by, request.getCreatedAt(), now));
        audited.fire(new Audited(by, "REQUEST_CLOSED", "AidRequest", String.valueOf(id), request.getTrackingNumber()));
    }

    /** Requests, newest first, optionally of one status or type, or only the overdue; counted separately. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<AidRequest> list(RequestStatus status, RequestType type, boolean overdue, int first, int pageSize) {
        return list(status, type, null, overdue, first, pageSize);
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<AidRequest> list(RequestStatus status, RequestType type, ContactChannel channel, boolean overdue,
                                 int first, int pageSize) {
        return list(status, type, channel, overdue, null, first, pageSize);
    }

    /** The same, only the requests assigned to {@code assignee} when it is given. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<AidRequest> list(RequestStatus status, RequestType type, ContactChannel channel, boolean overdue,
                                 String assignee, int first, int pageSize) {
        TypedQuery<AidRequest> query = em.createQuery("select r from AidRequest r where "
                + where(status, type, channel, overdue) + (assignee == null ? "" : " and r.assignedTo = :assignee")
                + " order by r.id desc", AidRequest.class);
        bind(query, status, type, channel, overdue);
        if (assignee != null) {
            query.setParameter("assignee", assignee);
        }
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public long count(RequestStatus status, RequestType type, boolean overdue) {
        return count(status, type, null, overdue);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public long count(RequestStatus status, RequestType type, ContactChannel channel, boolean overdue) {
        return count(status, type, channel, overdue, null);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public long count(RequestStatus status, RequestType type, ContactChannel channel, boolean overdue, String assignee) {
        TypedQuery<Long> query = em.createQuery("select count(r) from AidRequest r where "
                + where(status, type, channel, overdue) + (assignee == null ? "" : " and r.assignedTo = :assignee"), Long.class);
        bind(query, status, type, channel, overdue);
        if (assignee != null) {
            query.setParameter("assignee", assignee);
        }
        return query.getSingleResult();
    }


    /**
     * How many requests match, counting no further than {@code limit} (then {@code limit} is returned): a list
     * over a million requests needs to know there are "10,000 or more", and counting all of them on every
     * filter change cost seconds under load (benchmark, BENCHMARKS.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public int countUpTo(int limit, RequestStatus status, RequestType type, ContactChannel channel, boolean overdue,
                         String assignee) {
        TypedQuery<Long> query = em.createQuery("select r.id from AidRequest r where "
                + where(status, type, channel, overdue) + (assignee == null ? "" : " and r.assignedTo = :assignee"), Long.class);
        bind(query, status, type, channel, overdue);
        if (assignee != null) {
            query.setParameter("assignee", assignee);
        }
        return Math.min(limit, query.setMaxResults(limit).getResultList().size());
    }

    /** Open requests (not closed) per status, for the dashboard. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public java.util.Map<RequestStatus, Long> openByStatus() {
        java.util.Map<RequestStatus, Long> counts = new java.util.EnumMap<>(RequestStatus.class);
        em.createQuery("select r.status, count(r) from AidRequest r where r.status <> :closed group by r.status",
                Object[].class).setParameter("closed", RequestStatus.CLOSED).getResultList()
                .forEach(row -> counts.put((RequestStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Requests received per channel since {@code since} (the dashboard's month). */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public java.util.Map<ContactChannel, Long> receivedPerChannel(Instant since) {
        java.util.Map<ContactChannel, Long> counts = new java.util.EnumMap<>(ContactChannel.class);
        em.createQuery("select r.channel, count(r) from AidRequest r where r.createdAt >= :since group by r.channel",
                Object[].class).setParameter("since", since).getResultList()
                .forEach(row -> counts.put((ContactChannel) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Where a request stands, for the public page: only if the tracking number and the last four digits of
     * the mobile match. A wrong combination and an unknown number give the same empty answer.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public Optional<PublicStatus> publicStatus(String trackingNumber, String lastFour) {
        String number = Digits.normalise(trackingNumber == null ? "" : trackingNumber).trim().toUpperCase(Locale.ROOT);
        String four = Digits.only(lastFour == null ? "" : lastFour);
        if (!number.matches("\\d{4}-\\d{6}") || four.length() != 4) {
            return Optional.empty();
        }
        return em.createQuery("select r from AidRequest r where r.trackingNumber = :t", AidRequest.class)
                .setParameter("t", number).getResultStream().findFirst()
                .filter(r -> four.equals(SaudiMobiles.lastFour(mobileOf(r))))
                .map(r -> new PublicStatus(r.getTrackingNumber(), r.getType(), r.getStatus(),
                        r.getStatus().awaitsDecision() ? r.getDueDate() : null));
    }

    /** The name to show staff for a request: the beneficiary's, or the name the person gave. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public String personName(AidRequest request) {
        if (request.getBeneficiaryId() != null) {
            return directory.summary(request.getBeneficiaryId()).map(BeneficiarySummary::fullName).orElse("");
        }
        return request.getApplicantName() == null ? "" : request.getApplicantName();
    }

    private String mobileOf(AidRequest request) {
        if (request.getApplicantMobile() != null) {
            return request.getApplicantMobile();
        }
        return request.getBeneficiaryId() == null ? null
                : directory.summary(request.getBeneficiaryId()).map(BeneficiarySummary::mobile).orElse(null);
    }

    private static String where(RequestStatus status, RequestType type, ContactChannel channel, boolean overdue) {
        return (status == null ? "1 = 1" : "r.status = :status") + (type == null ? "" : " and r.type = :type")
                + (channel == null ? "" : " and r.channel = :channel")
                + (overdue ? " and r.status = :raised and r.dueDate < :today" : "");
    }

    private void bind(TypedQuery<?> query, RequestStatus status, RequestType type, ContactChannel channel,
                      boolean overdue) {
        if (channel != null) {
            query.setParameter("channel", channel);
        }
        if (overdue) {
            query.setParameter("raised", RequestStatus.RAISED);
            query.setParameter("today", LocalDate.now(clock));
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (type != null) {
            query.setParameter("type", type);
        }
    }

    private static String trim(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        return t.length() <= max ? t : t.substring(0, max);
    }
}
