package org.ektefaa.beneficiaries.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Enums;
import org.ektefaa.beneficiaries.entity.FileStatus;
import org.ektefaa.beneficiaries.entity.Files;
import org.ektefaa.platform.kernel.SlottedStatusCounts;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The files per status as the dashboard reads them (issue #19), kept as files move, against the beneficiaries
 * module's own tables: the counters equal a count of the files after each move of a file's life, a rebuild gives the
 * same, and a move the boundary forgot to count is refused when the file is written.
 */
class FileCountsTest {

    private static ModuleDatabase database;
    private static int numbers;

    @BeforeAll
    static void open() {
        database = new ModuleDatabase("beneficiaries", "ben", "counts");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static FileCounts counts(EntityManager em) {
        return new FileCounts(em, new SlottedStatusCounts());
    }

    private static long opened(EntityManager em) {
        Beneficiary file = Files.complete("WIDOW");
        int n = ++numbers;
        file.identify(Enums.IdType.NATIONAL_ID, "10000000" + n, "hash-" + n, "000" + n, LocalDate.of(2030, 1, 1));
        em.persist(file);
        counts(em).count(file);
        em.flush();
        return file.getId();
    }

    private static Map<FileStatus, Long> scanned() {
        EntityManager em = database.entityManager();
        try {
            Map<FileStatus, Long> scan = new EnumMap<>(FileStatus.class);
            em.createQuery("select b.status, count(b) from Beneficiary b group by b.status", Object[].class)
                    .getResultList().forEach(row -> scan.put((FileStatus) row[0], (Long) row[1]));
            return scan;
        } finally {
            em.close();
        }
    }

    private static Map<FileStatus, Long> counted() {
        EntityManager em = database.entityManager();
        try {
            return counts(em).now();
        } finally {
            em.close();
        }
    }

    @Test
    void theCountersFollowEveryMoveAndARebuildGivesTheSame() {
        long[] ids = new long[4];
        database.inTransaction(em -> {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = opened(em);
            }
        });
        assertThat(counted()).isEqualTo(scanned()).containsExactly(Map.entry(FileStatus.DRAFT, 4L));
        database.inTransaction(em -> {
            Beneficiary incomplete = em.find(Beneficiary.class, ids[0]);
            incomplete.submit(List.of("IBAN"), "reception1", Files.NOW);
            Beneficiary registered = em.find(Beneficiary.class, ids[1]);
            registered.submit(List.of(), "reception1", Files.NOW);
            registered.underDecision("1447-000001", Files.NOW);
            registered.decide(true, null, "B-000002", "executive", Files.NOW);
            Beneficiary refused = em.find(Beneficiary.class, ids[2]);
            refused.submit(List.of(), "reception1", Files.NOW);
            refused.underDecision("1447-000002", Files.NOW);
            refused.decide(false, "outside the area served", null, "executive", Files.NOW);
            counts(em).count(incomplete, registered, refused);
        });
        Map<FileStatus, Long> counted = counted();
        assertThat(counted).isEqualTo(scanned()).containsEntry(FileStatus.DRAFT, 1L)
                .containsEntry(FileStatus.INCOMPLETE, 1L).containsEntry(FileStatus.REGISTERED, 1L)
                .containsEntry(FileStatus.REJECTED, 1L);
        database.inTransaction(em -> em.createNativeQuery("delete from ben_status_counts").executeUpdate());
        assertThat(counted()).as("counters lost on purpose").isEmpty();
        database.inTransaction(em -> counts(em).rebuild());
        assertThat(counted()).as("rebuilt from the files").isEqualTo(scanned()).isEqualTo(counted);
    }

    @Test
    void aMoveTheBoundaryDidNotCountIsRefusedWhenWritten() {
        long[] id = new long[1];
        database.inTransaction(em -> id[0] = opened(em));
        Map<FileStatus, Long> before = counted();
        assertThatThrownBy(() -> database.inTransaction(em ->
                em.find(Beneficiary.class, id[0]).submit(List.of(), "reception1", Files.NOW)))
                .hasStackTraceContaining("changed status without FileCounts.count");
        assertThat(counted()).isEqualTo(before).isEqualTo(scanned());
    }
}
