package org.ektefaa.requests.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.SaudiMobiles;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.control.RequestCounts;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;

/**
 * Finding requests: one request, the lists staff page through (one {@link Filter}, built with the Criteria API), the
 * dashboard's counts, and where a request stands for the person who sent it (policy §3.4).
 */
@ApplicationScoped
@Transactional
public class RequestQueries {

    /**
     * Which requests a list shows; {@code null} (or {@code false}) means any. {@code open}: only the requests not
     * finished ({@link RequestStatus#finishes}), the ones the dashboard counts as open. {@code text}: what a person
     * typed in the search box — a tracking number, a mobile, an identity or beneficiary number, or a name.
     */
    public record Filter(RequestStatus status, RequestType type, ContactChannel channel, boolean overdue, String assignee,
                         boolean open, String text) implements Serializable {

        /** Every request. */
        public static final Filter ALL = new Filter(null, null, null, false, null, false, null);

        /** Open and finished requests alike, nothing searched. */
        public Filter(RequestStatus status, RequestType type, ContactChannel channel, boolean overdue, String assignee) {
            this(status, type, channel, overdue, assignee, false, null);
        }

        public Filter withStatus(RequestStatus value) {
            return new Filter(value, type, channel, overdue, assignee, open, text);
        }

        public Filter withType(RequestType value) {
            return new Filter(status, value, channel, overdue, assignee, open, text);
        }

        public Filter withChannel(ContactChannel value) {
            return new Filter(status, type, value, overdue, assignee, open, text);
        }

        /** Only the requests past their decision's due date (policy §5.4). */
        public Filter overdueOnly(boolean value) {
            return new Filter(status, type, channel, value, assignee, open, text);
        }

        public Filter assignedTo(String value) {
            return new Filter(status, type, channel, overdue, value, open, text);
        }

        /** Only the open requests: not finished (a registration once decided, any other request once closed). */
        public Filter openOnly(boolean value) {
            return new Filter(status, type, channel, overdue, assignee, value, text);
        }

        /** The requests the typed text names (blank: any). */
        public Filter searching(String value) {
            return new Filter(status, type, channel, overdue, assignee, open,
                    value == null || value.isBlank() ? null : value.strip());
        }
    }

    /** What the public status page may say: no name, no text, only where the request stands. */
    public record PublicStatus(String trackingNumber, RequestType type, RequestStatus status, LocalDate dueDate) {
    }

    /** A count per channel. */
    public record ChannelCount(ContactChannel channel, Long count) {
    }

    @PersistenceContext(unitName = "requests")
    EntityManager em;

    @Inject
    BeneficiaryDirectory directory;

    @Inject
    Clock clock;

    @Inject
    RequestCounts counts;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<AidRequest> find(long id) {
        return Optional.ofNullable(em.find(AidRequest.class, id));
    }

    /** The requests the filter matches, newest first, one page. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<AidRequest> list(Filter filter, int first, int pageSize) {
        return list(filter, first, pageSize, Sort.NEWEST);
    }

    /**
     * The orders a list may be sorted in: by when received (the primary key's order) or by tracking number (its
     * unique index), either way; both read one page from an index at a million requests.
     */
    public enum Sort {
        NEWEST("id", false), OLDEST("id", true), TRACKING_DESCENDING("trackingNumber", false),
        TRACKING_ASCENDING("trackingNumber", true);

        final String attribute;
        final boolean ascending;

        Sort(String attribute, boolean ascending) {
            this.attribute = attribute;
            this.ascending = ascending;
        }
    }

    /** The requests the filter matches, in the order asked, one page. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<AidRequest> list(Filter filter, int first, int pageSize, Sort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AidRequest> query = cb.createQuery(AidRequest.class);
        Root<AidRequest> r = query.from(AidRequest.class);
        query.select(r).where(matching(cb, r, filter))
                .orderBy(sort.ascending ? cb.asc(r.get(sort.attribute)) : cb.desc(r.get(sort.attribute)));
        return em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** How many requests the filter matches. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME,
            Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public long count(Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AidRequest> r = query.from(AidRequest.class);
        query.select(cb.count(r)).where(matching(cb, r, filter));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * How many requests match, counting no further than {@code limit} (then {@code limit} is returned): a list
     * over a million requests needs to know there are "10,000 or more", and counting all of them on every
     * filter change cost seconds under load (benchmark, BENCHMARKS.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME,
            Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public int countUpTo(int limit, Filter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AidRequest> r = query.from(AidRequest.class);
        query.select(r.get("id")).where(matching(cb, r, filter));
        return Math.min(limit, em.createQuery(query).setMaxResults(limit).getResultList().size());
    }

    /** Open requests per status, for the dashboard: the finished ones are counted as closed ({@link RequestCounts}). */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME,
            Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public Map<RequestStatus, Long> openByStatus() {
        Map<RequestStatus, Long> open = counts.now();
        open.remove(RequestStatus.CLOSED);
        return open;
    }

    /** Requests received per channel since {@code since} (the dashboard's month). */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME,
            Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public Map<ContactChannel, Long> receivedPerChannel(Instant since) {
        Map<ContactChannel, Long> counts = new EnumMap<>(ContactChannel.class);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ChannelCount> query = cb.createQuery(ChannelCount.class);
        Root<AidRequest> r = query.from(AidRequest.class);
        query.select(cb.construct(ChannelCount.class, r.get("channel"), cb.count(r)))
                .where(cb.greaterThanOrEqualTo(r.<Instant>get("createdAt"), since)).groupBy(r.get("channel"));
        em.createQuery(query).getResultList().forEach(row -> counts.put(row.channel(), row.count()));
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

    private Predicate[] matching(CriteriaBuilder cb, Root<AidRequest> r, Filter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.status() != null) {
            where.add(cb.equal(r.get("status"), filter.status()));
        }
        if (filter.type() != null) {
            where.add(cb.equal(r.get("type"), filter.type()));
        }
        if (filter.channel() != null) {
            where.add(cb.equal(r.get("channel"), filter.channel()));
        }
        if (filter.overdue()) {
            where.add(cb.equal(r.get("status"), RequestStatus.RAISED));
            where.add(cb.lessThan(r.<LocalDate>get("dueDate"), LocalDate.now(clock)));
        }
        if (filter.assignee() != null) {
            where.add(cb.equal(r.get("assignedTo"), filter.assignee()));
        }
        if (filter.open()) {
            where.add(cb.not(finished(cb, r)));
        }
        if (filter.text() != null) {
            where.add(searched(cb, r, filter.text()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The most files a name or number may name in the request list's search (the rest: type more of the name). */
    static final int FILES_SEARCHED = 500;

    /**
     * What the search box names: a tracking number exactly (with or without its leading zeros, in any digits); else
     * the requests of the files the text names (the beneficiaries module's search: a name in any Arabic spelling, an
     * identity number, a mobile, a beneficiary number — for the roles that may search files: not the quality
     * officer), the requests of a caller whose mobile it is, and those of a caller whose name begins with it.
     */
    private Predicate searched(CriteriaBuilder cb, Root<AidRequest> r, String typed) {
        String text = Digits.normalise(typed).strip();
        java.util.regex.Matcher tracking = java.util.regex.Pattern.compile("(\\d{4})\\s*-\\s*(\\d{1,6})").matcher(text);
        if (tracking.matches()) {
            return cb.equal(r.get("trackingNumber"),
                    tracking.group(1) + "-" + "0".repeat(6 - tracking.group(2).length()) + tracking.group(2));
        }
        List<Predicate> any = new ArrayList<>();
        // the files' names, identity numbers and mobiles only for the roles that may search the files themselves
        List<Long> files = caller.isSystemOrIn(Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME)
                ? directory.matching(text, FILES_SEARCHED) : List.of();
        if (!files.isEmpty()) {
            any.add(r.get("beneficiaryId").in(files));
        }
        SaudiMobiles.e164(text).ifPresent(mobile -> any.add(cb.equal(r.get("applicantMobile"), mobile)));
        if (text.codePoints().anyMatch(Character::isLetter)) {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            any.add(cb.like(r.<String>get("applicantName"), escaped + "%", '\\'));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    /** {@link RequestStatus#finishes} as a condition: every pair of type and status it holds for. */
    private static Predicate finished(CriteriaBuilder cb, Root<AidRequest> r) {
        List<Predicate> any = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            List<RequestType> types = java.util.Arrays.stream(RequestType.values()).filter(status::finishes).toList();
            if (types.size() == RequestType.values().length) {
                any.add(cb.equal(r.get("status"), status));
            } else if (!types.isEmpty()) {
                any.add(cb.and(cb.equal(r.get("status"), status), r.get("type").in(types)));
            }
        }
        return cb.or(any.toArray(Predicate[]::new));
    }
}
