package org.ektefaa.requests.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.kernel.SlottedStatusCounts;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.control.RequestCounts;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The request list's one filter and the dashboard's counts, against the requests module's own tables: each filter in
 * the database, newest first, a page and its count agreeing, the overdue ones by their due date, the count that
 * stops at its limit.
 */
class RequestQueriesTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(RIYADH).toInstant();
    private static ModuleDatabase database;
    /** Reception, signed in. */
    private static final org.ektefaa.platform.api.Caller RECEPTION = new org.ektefaa.platform.api.Caller() {
        @Override
        public java.util.Optional<String> current() {
            return java.util.Optional.of("reception");
        }

        @Override
        public boolean isSystemOrIn(String... roles) {
            return java.util.Arrays.asList(roles).contains(org.ektefaa.platform.api.Role.RELATIONS_OFFICER_NAME);
        }
    };
    /** The beneficiaries module as the list's search sees it here: no file matches (the callers' own data does). */
    private static final org.ektefaa.beneficiaries.api.BeneficiaryDirectory NO_FILES =
            new org.ektefaa.beneficiaries.api.BeneficiaryDirectory() {
                @Override
                public java.util.Optional<org.ektefaa.beneficiaries.api.BeneficiarySummary> summary(long id) {
                    return java.util.Optional.empty();
                }

                @Override
                public java.util.Map<Long, org.ektefaa.beneficiaries.api.BeneficiarySummary> summaries(
                        java.util.Collection<Long> ids) {
                    return java.util.Map.of();
                }

                @Override
                public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
                    return java.util.Map.of();
                }

                @Override
                public List<Long> matching(String text, int max) {
                    return List.of();
                }

                @Override
                public java.util.Optional<org.ektefaa.beneficiaries.api.HouseholdFacts> householdFacts(long id) {
                    return java.util.Optional.empty();
                }

                @Override
                public java.util.Map<Long, org.ektefaa.beneficiaries.api.HouseholdFacts> householdFacts(
                        java.util.Collection<Long> ids) {
                    return java.util.Map.of();
                }

                @Override
                public java.util.Map<Long, String> ibans(java.util.Collection<Long> ids) {
                    return java.util.Map.of();
                }

                @Override
                public java.util.Optional<HomeAddress> homeAddress(long id) {
                    return java.util.Optional.empty();
                }

                @Override
                public java.util.Map<String, String> categoryNames(java.util.Locale locale) {
                    return java.util.Map.of();
                }

                @Override
                public java.util.Map<String, String> documentNames(java.util.Locale locale) {
                    return java.util.Map.of();
                }

                @Override
                public java.util.Optional<org.ektefaa.beneficiaries.api.BeneficiarySummary> findByReference(String reference) {
                    return java.util.Optional.empty();
                }
            };
    private static final List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void requests() {
        database = new ModuleDatabase("requests", "req", "queries");
        database.inTransaction(em -> {
            // 0: an inquiry by phone; 1: a support request on the website, raised 20 days ago (overdue), assigned;
            // 2: a support request by phone raised today; 3: a complaint on the website, closed
            ids.add(request(em, 0, RequestType.INQUIRY, ContactChannel.PHONE_CALL, NOW, r -> r));
            ids.add(request(em, 1, RequestType.SUPPORT, ContactChannel.WEBSITE, NOW.minusSeconds(20 * 86400), r -> {
                r.raise(14, TODAY.minusDays(20), "reception", NOW);
                r.assign("officer1", "reception", NOW);
                return r;
            }));
            ids.add(request(em, 2, RequestType.SUPPORT, ContactChannel.PHONE_CALL, NOW, r -> {
                r.raise(14, TODAY, "reception", NOW);
                return r;
            }));
            ids.add(request(em, 3, RequestType.COMPLAINT, ContactChannel.WEBSITE, NOW, r -> {
                r.classify("WAITING", true);
                r.answer("نعتذر", "reception", NOW);
                r.close("reception", NOW);
                return r;
            }));
            // 4: a registration by letter, refused (finished); 5: a support request by letter, rejected, not yet closed
            ids.add(request(em, 4, RequestType.REGISTRATION, ContactChannel.LETTER, NOW, r -> {
                r.raise(14, TODAY, "system", NOW);
                r.decide(false, "خارج نطاق الخدمة", TODAY, "executive", NOW);
                return r;
            }));
            ids.add(request(em, 5, RequestType.SUPPORT, ContactChannel.LETTER, NOW, r -> {
                r.raise(14, TODAY, "reception", NOW);
                r.decide(false, "لا توجد ميزانية", TODAY, "executive", NOW);
                return r;
            }));
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static long request(EntityManager em, int n, RequestType type, ContactChannel channel, Instant at,
                                Function<AidRequest, AidRequest> then) {
        AidRequest r = new AidRequest("1447-00000" + n, type, channel, null, "subject " + n, "reception", at);
        r.describe("سارة", "+96655123000" + n, null);
        em.persist(then.apply(r));
        new RequestCounts(em, new SlottedStatusCounts()).count(r);
        em.flush();
        return r.getId();
    }

    private <T> T withQueries(Function<RequestQueries, T> use) {
        EntityManager em = database.entityManager();
        try {
            RequestQueries queries = new RequestQueries();
            queries.em = em;
            queries.clock = Clock.fixed(NOW, RIYADH);
            queries.counts = new RequestCounts(em, new SlottedStatusCounts());
            queries.directory = NO_FILES;
            queries.caller = RECEPTION;
            return use.apply(queries);
        } finally {
            em.close();
        }
    }

    private List<Long> listed(RequestQueries.Filter filter) {
        return withQueries(q -> {
            List<Long> page = q.list(filter, 0, 50).stream().map(AidRequest::getId).toList();
            assertThat(q.count(filter)).as("the count agrees with the page").isEqualTo(page.size());
            assertThat(q.countUpTo(1000, filter)).isEqualTo(page.size());
            return page;
        });
    }

    @Test
    void eachFilterIsAppliedByTheDatabaseNewestFirst() {
        RequestQueries.Filter all = RequestQueries.Filter.ALL;
        assertThat(listed(all)).containsExactly(ids.get(5), ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(listed(all.withStatus(RequestStatus.RAISED))).containsExactly(ids.get(2), ids.get(1));
        assertThat(listed(all.withType(RequestType.SUPPORT).withChannel(ContactChannel.PHONE_CALL)))
                .containsExactly(ids.get(2));
        assertThat(listed(all.withChannel(ContactChannel.WEBSITE))).containsExactly(ids.get(3), ids.get(1));
        assertThat(listed(all.assignedTo("officer1"))).containsExactly(ids.get(1));
        assertThat(listed(all.overdueOnly(true))).as("raised and past its due date").containsExactly(ids.get(1));
        assertThat(listed(all.openOnly(true))).as("not the closed complaint, not the refused registration")
                .containsExactly(ids.get(5), ids.get(2), ids.get(1), ids.get(0));
    }

    /** Reception finds a request by what the caller says (issue #21): its number, their mobile, their name. */
    @Test
    void theSearchBoxFindsATrackingNumberAMobileOrACallersName() {
        RequestQueries.Filter all = RequestQueries.Filter.ALL;
        assertThat(listed(all.searching("1447-1"))).as("without the leading zeros").containsExactly(ids.get(1));
        assertThat(listed(all.searching("١٤٤٧-٠٠٠٠٠٢"))).as("in Arabic digits").containsExactly(ids.get(2));
        assertThat(listed(all.searching("0551230003"))).as("the caller's mobile, typed locally").containsExactly(ids.get(3));
        assertThat(listed(all.searching("سار"))).as("the start of the caller's name").hasSize(ids.size());
        assertThat(listed(all.searching("نورة"))).isEmpty();
        assertThat(listed(all.searching("سارة").withType(RequestType.COMPLAINT))).containsExactly(ids.get(3));
        assertThat(listed(all.searching("  "))).as("nothing typed: every request").hasSize(ids.size());
    }

    /** The quality officer sees the requests but may not search the files: the list's search never asks them. */
    @Test
    void theQualityOfficersSearchLeavesTheFilesAlone() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        EntityManager em = database.entityManager();
        try {
            RequestQueries queries = new RequestQueries();
            queries.em = em;
            queries.clock = Clock.fixed(NOW, RIYADH);
            queries.counts = new RequestCounts(em, new SlottedStatusCounts());
            queries.directory = (org.ektefaa.beneficiaries.api.BeneficiaryDirectory) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {org.ektefaa.beneficiaries.api.BeneficiaryDirectory.class},
                    (proxy, method, args) -> {
                        asked.incrementAndGet();
                        return List.of();
                    });
            queries.caller = new org.ektefaa.platform.api.Caller() {
                @Override
                public java.util.Optional<String> current() {
                    return java.util.Optional.of("quality");
                }

                @Override
                public boolean isSystemOrIn(String... roles) {
                    return java.util.Arrays.asList(roles).contains(org.ektefaa.platform.api.Role.QUALITY_OFFICER_NAME);
                }
            };
            assertThat(queries.list(RequestQueries.Filter.ALL.searching("سارة"), 0, 50)).hasSize(ids.size());
            assertThat(asked).as("the files were not searched").hasValue(0);
        } finally {
            em.close();
        }
    }

    @Test
    void theListsCountStopsAtItsLimit() {
        int counted = withQueries(q -> q.countUpTo(2, RequestQueries.Filter.ALL));
        assertThat(counted).isEqualTo(2);
    }

    @Test
    void theDashboardCountsOpenRequestsByStatusAndThisMonthsByChannel() {
        java.util.Map<RequestStatus, Long> open = withQueries(RequestQueries::openByStatus);
        assertThat(open).containsEntry(RequestStatus.RECEIVED, 1L).containsEntry(RequestStatus.RAISED, 2L)
                .containsEntry(RequestStatus.REJECTED, 1L).doesNotContainKey(RequestStatus.CLOSED);
        long openListed = withQueries(q -> q.count(RequestQueries.Filter.ALL.openOnly(true)));
        assertThat(open.values().stream().mapToLong(Long::longValue).sum()).as("the dashboard and the list agree")
                .isEqualTo(openListed);
        java.util.Map<ContactChannel, Long> thisMonth = withQueries(
                q -> q.receivedPerChannel(TODAY.withDayOfMonth(1).atStartOfDay(RIYADH).toInstant()));
        assertThat(thisMonth).containsEntry(ContactChannel.PHONE_CALL, 2L).containsEntry(ContactChannel.WEBSITE, 1L);
    }
}
