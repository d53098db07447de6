package org.ektefaa.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.NotificationRequested;
import org.ektefaa.requests.api.ApplicantAsked;
import org.ektefaa.requests.api.RequestDirectory;
import org.ektefaa.requests.api.RequestDecided;
import org.ektefaa.requests.api.ServiceDelivered;
import org.ektefaa.requests.api.RequestReceived;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.AidRequest;

/**
 * Tells the applicant, without their asking (policy §2, §3.4), when a request is received (with its
 * tracking number and, for what needs a decision, the committed period), when more information is needed,
 * when it is decided and when the service is delivered, in the language the request was made in (the
 * website form's page language; Arabic at the reception); the texts are the module bundle's {@code notice.*}
 * keys. Written to the outbox in the same transaction as the change. Also answers other modules' questions
 * about a request ({@link RequestDirectory}).
 */
@ApplicationScoped
public class ApplicantNotices implements RequestDirectory {


    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    BeneficiaryDirectory directory;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    Event<NotificationRequested> notify;

    void on(@Observes RequestReceived received) {
        AidRequest request = em.find(AidRequest.class, received.requestId());
        boolean decision = received.type() == RequestType.REGISTRATION || received.type() == RequestType.SUPPORT;
        AssociationProfile association = profile.get();
        send(request, text(request, "notice.received.subject", received.trackingNumber()),
                text(request, decision ? "notice.received.decision" : "notice.received.body", received.trackingNumber(),
                        association.decisionPeriodDays(), association.name(locale(request))));
    }

    void on(@Observes RequestDecided decided) {
        AidRequest request = em.find(AidRequest.class, decided.requestId());
        String reason = request.getDecisionReason() == null ? "" : request.getDecisionReason();
        send(request, text(request, "notice.decided.subject", decided.trackingNumber()),
                text(request, decided.approved() ? "notice.approved.body" : "notice.rejected.body",
                        decided.trackingNumber(), reason, profile.get().name(locale(request))));
    }

    void on(@Observes ApplicantAsked asked) {
        AidRequest request = em.find(AidRequest.class, asked.requestId());
        send(request, text(request, "notice.asked.subject", asked.trackingNumber()),
                text(request, "notice.asked.body", asked.trackingNumber(), asked.what(), profile.get().name(locale(request))));
    }

    void on(@Observes ServiceDelivered delivered) {
        AidRequest request = em.find(AidRequest.class, delivered.requestId());
        send(request, text(request, "notice.delivered.subject", delivered.trackingNumber()),
                text(request, "notice.delivered.body", delivered.trackingNumber(), delivered.what(),
                        profile.get().name(locale(request))));
    }

    private void send(AidRequest request, String subject, String body) {
        contactOf(request).ifPresent(contact -> notify.fire(
                new NotificationRequested(contact.email(), contact.mobile(), subject, body, request.getTrackingNumber())));
    }

    @Override
    public Optional<Contact> contact(long requestId) {
        AidRequest request = em.find(AidRequest.class, requestId);
        return request == null ? Optional.empty() : contactOf(request);
    }

    @Inject
    java.time.Clock clock;

    @Override
    public java.util.List<Snapshot> history(long afterId, int max) {
        java.util.List<AidRequest> batch = em.createQuery("select r from AidRequest r where r.id > :after order by r.id",
                AidRequest.class).setParameter("after", afterId).setMaxResults(max).getResultList();
        if (batch.isEmpty()) {
            return java.util.List.of();
        }
        java.util.Set<Long> approved = new java.util.HashSet<>(em.createQuery("select distinct r.id from AidRequest r"
                        + " join r.steps s where r.id > :after and r.id <= :last and s.toStatus = :approved", Long.class)
                .setParameter("after", afterId).setParameter("last", batch.get(batch.size() - 1).getId())
                .setParameter("approved", org.ektefaa.requests.entity.RequestStatus.APPROVED).getResultList());
        return batch.stream().map(r -> new Snapshot(r.getId(), r.getTrackingNumber(), r.getType(), r.getChannel(),
                r.getServiceCode(), r.getCreatedAt(),
                r.getRaisedOn() == null ? null : r.getRaisedOn().atStartOfDay(clock.getZone()).toInstant(), r.getDueDate(),
                r.getDecidedAt(), r.getDecidedAt() == null ? null : approved.contains(r.getId()), r.getMetDeadline(),
                r.getDeliveries().size(), r.getClosedAt(), r.getComplaintTheme(), r.getComplaintUpheld())).toList();
    }

    @Override
    public java.util.Map<String, String> serviceNames(Locale locale) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        em.createQuery("select s from Service s order by s.code", org.ektefaa.requests.entity.Service.class)
                .getResultList().forEach(s -> names.put(s.getCode(), s.name(locale)));
        return names;
    }

    @Override
    public java.util.Map<String, String> complaintThemes(Locale locale) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        em.createQuery("select t from ComplaintTheme t order by t.code", org.ektefaa.requests.entity.ComplaintTheme.class)
                .getResultList().forEach(t -> names.put(t.getCode(), t.name(locale)));
        return names;
    }

    @Override
    public Optional<Visit> visit(String trackingNumber) {
        return em.createQuery("select r from AidRequest r where r.trackingNumber = :t", AidRequest.class)
                .setParameter("t", trackingNumber == null ? "" : trackingNumber.trim()).getResultStream().findFirst()
                .map(r -> new Visit(r.getId(), r.getTrackingNumber(), r.getType(), r.getChannel(), r.getServiceCode(),
                        r.getLanguage()));
    }

    @Override
    public Optional<String> applicantName(long requestId) {
        AidRequest request = em.find(AidRequest.class, requestId);
        if (request == null) {
            return Optional.empty();
        }
        if (request.getApplicantName() != null && !request.getApplicantName().isBlank()) {
            return Optional.of(request.getApplicantName());
        }
        return request.getBeneficiaryId() == null ? Optional.empty()
                : directory.summary(request.getBeneficiaryId()).map(BeneficiarySummary::fullName);
    }

    @Override
    public java.util.List<Visit> ofBeneficiary(long beneficiaryId, int max) {
        return em.createQuery("select r from AidRequest r where r.beneficiaryId = :b order by r.id desc", AidRequest.class)
                .setParameter("b", beneficiaryId).setMaxResults(max).getResultStream()
                .map(r -> new Visit(r.getId(), r.getTrackingNumber(), r.getType(), r.getChannel(), r.getServiceCode(),
                        r.getLanguage())).toList();
    }

    private Optional<Contact> contactOf(AidRequest request) {
        Optional<BeneficiarySummary> person = request.getBeneficiaryId() == null ? Optional.empty()
                : directory.summary(request.getBeneficiaryId());
        String mobile = request.getApplicantMobile() != null ? request.getApplicantMobile()
                : person.map(BeneficiarySummary::mobile).orElse(null);
        String email = request.getApplicantEmail() != null ? request.getApplicantEmail()
                : person.map(BeneficiarySummary::email).orElse(null);
        return mobile == null && email == null ? Optional.empty()
                : Optional.of(new Contact(mobile, email, request.getLanguage()));
    }

    private static Locale locale(AidRequest request) {
        return Locale.forLanguageTag(request.getLanguage());
    }

    @Inject
    org.ektefaa.platform.api.MessageTexts texts;

    /** The texts an administrator may reword (Administration → message texts). */
    @ApplicationScoped
    public static class EditableNotices implements org.ektefaa.platform.api.MessageTexts.Editable {
        @Override
        public String bundle() {
            return BUNDLE;
        }

        @Override
        public String var() {
            return "req";
        }

        @Override
        public java.util.List<String> keys() {
            return java.util.List.of("notice.received.subject", "notice.received.body", "notice.received.decision",
                    "notice.asked.subject", "notice.asked.body", "notice.decided.subject", "notice.approved.body",
                    "notice.rejected.body", "notice.delivered.subject", "notice.delivered.body");
        }
    }

    static final String BUNDLE = "org.ektefaa.requests.i18n.messages";

    private String text(AidRequest request, String key, Object... arguments) {
        return texts.format(BUNDLE, key, locale(request), arguments);
    }
}
