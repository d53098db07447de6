package org.ektefaa.requests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.kernel.SlottedStatusCounts;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The requests per status as the dashboard reads them (issue #19), kept as requests move, against the requests
 * module's own tables: the counters equal a count of the requests after every kind of move (a registration counted as
 * closed once decided, issue #21), a rebuild in SQL gives the same, and a move the boundary forgot to count is refused
 * when the request is written.
 */
class RequestCountsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static ModuleDatabase database;
    private static int numbers;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("requests", "req", "counts");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static RequestCounts counts(EntityManager em) {
        return new RequestCounts(em, new SlottedStatusCounts());
    }

    private static long received(EntityManager em, RequestType type) {
        AidRequest r = new AidRequest(String.format("1447-%06d", ++numbers), type, ContactChannel.PHONE_CALL, null,
                "subject", "reception", NOW);
        r.describe("سارة", "+966551230000", null);
        em.persist(r);
        counts(em).count(r);
        em.flush();
        return r.getId();
    }

    private static Map<RequestStatus, Long> scanned() {
        EntityManager em = database.entityManager();
        try {
            Map<RequestStatus, Long> scan = new EnumMap<>(RequestStatus.class);
            em.createQuery("select r.type, r.status, count(r) from AidRequest r group by r.type, r.status", Object[].class)
                    .getResultList().forEach(row -> scan.merge(((RequestStatus) row[1]).countedAs((RequestType) row[0]),
                            (Long) row[2], Long::sum));
            return scan;
        } finally {
            em.close();
        }
    }

    private static Map<RequestStatus, Long> counted() {
        EntityManager em = database.entityManager();
        try {
            return counts(em).now();
        } finally {
            em.close();
        }
    }

    @Test
    void theCountersFollowEveryMoveAndARebuildGivesTheSame() {
        long[] ids = new long[7];
        database.inTransaction(em -> {
            ids[0] = received(em, RequestType.SUPPORT);
            ids[1] = received(em, RequestType.SUPPORT);
            ids[2] = received(em, RequestType.INQUIRY);
            ids[3] = received(em, RequestType.SUPPORT);
            ids[4] = received(em, RequestType.COMPLAINT);
            ids[5] = received(em, RequestType.REGISTRATION);
            ids[6] = received(em, RequestType.SUPPORT);
        });
        assertThat(counted()).isEqualTo(scanned());
        database.inTransaction(em -> {
            AidRequest raised = em.find(AidRequest.class, ids[0]);
            raised.raise(14, TODAY, "reception", NOW);
            AidRequest waiting = em.find(AidRequest.class, ids[1]);
            waiting.raise(14, TODAY, "reception", NOW);
            waiting.waitForApplicant("صك", TODAY, "executive", NOW);
            AidRequest answered = em.find(AidRequest.class, ids[2]);
            answered.answer("تمت الإجابة", "reception", NOW);
            answered.close("reception", NOW);
            AidRequest approved = em.find(AidRequest.class, ids[3]);
            approved.raise(14, TODAY, "reception", NOW);
            approved.decide(true, null, TODAY, "executive", NOW);
            AidRequest registered = em.find(AidRequest.class, ids[5]);
            registered.raise(14, TODAY, "system", NOW);
            registered.decide(true, null, TODAY, "executive", NOW);
            AidRequest refused = em.find(AidRequest.class, ids[6]);
            refused.raise(14, TODAY, "reception", NOW);
            refused.decide(false, "خارج نطاق الخدمة", TODAY, "executive", NOW);
            counts(em).count(raised, waiting, answered, approved, registered, refused);
        });
        Map<RequestStatus, Long> counted = counted();
        assertThat(counted).isEqualTo(scanned())
                .containsEntry(RequestStatus.RECEIVED, 1L).containsEntry(RequestStatus.RAISED, 1L)
                .containsEntry(RequestStatus.WAITING_FOR_APPLICANT, 1L)
                .as("a registration is finished once decided; a rejected support request stays open until closed")
                .containsEntry(RequestStatus.CLOSED, 2L).containsEntry(RequestStatus.APPROVED, 1L)
                .containsEntry(RequestStatus.REJECTED, 1L);
        database.inTransaction(em -> em.createNativeQuery("update req_status_counts set n = n + 7").executeUpdate());
        assertThat(counted()).as("counters put wrong on purpose").isNotEqualTo(scanned());
        database.inTransaction(em -> counts(em).rebuild());
        assertThat(counted()).as("rebuilt from the requests").isEqualTo(scanned()).isEqualTo(counted);
    }

    @Test
    void aMoveTheBoundaryDidNotCountIsRefusedWhenWritten() {
        long[] id = new long[1];
        database.inTransaction(em -> id[0] = received(em, RequestType.SUPPORT));
        Map<RequestStatus, Long> before = counted();
        assertThatThrownBy(() -> database.inTransaction(em ->
                em.find(AidRequest.class, id[0]).raise(14, TODAY, "reception", NOW)))
                .hasStackTraceContaining("changed status without RequestCounts.count");
        assertThat(counted()).as("nothing was written").isEqualTo(before).isEqualTo(scanned());
    }
}
