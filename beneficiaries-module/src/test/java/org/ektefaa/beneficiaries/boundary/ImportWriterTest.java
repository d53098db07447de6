package org.ektefaa.beneficiaries.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ektefaa.beneficiaries.entity.Enums;
import org.junit.jupiter.api.Test;

/**
 * Issue #25: a person the association's spreadsheet brings who already has a file only fills what the file leaves
 * blank — nothing an employee recorded is overwritten, a household member the file lists (by identity number, or by
 * name in another spelling of its letters) is not added twice.
 */
class ImportWriterTest {

    private static FileForm.Member member(String name, Enums.Relation relation, String id) {
        FileForm.Member m = new FileForm.Member();
        m.setFullName(name);
        m.setRelation(relation);
        m.setIdNumber(id);
        return m;
    }

    @Test
    void aKeptFileIsOnlyFilledWhereItIsBlank() {
        FileForm kept = new FileForm();
        kept.setMobile("0501230001");
        kept.setCity("الرياض");
        kept.getHousehold().add(member("ريم", Enums.Relation.DAUGHTER, null));
        FileForm brought = new FileForm();
        brought.setMobile("0559999999");
        brought.setCity("جدة");
        brought.setDistrict("النسيم");
        brought.setIban("SA0380000000608010167519");
        FileForm.Income income = new FileForm.Income();
        income.setType(Enums.IncomeType.OTHER);
        income.setMonthlyAmount(new BigDecimal("1500"));
        brought.getIncomes().add(income);
        brought.getHousehold().add(member("رِيم", Enums.Relation.DAUGHTER, null));
        brought.getHousehold().add(member("فهد", Enums.Relation.SON, null));

        assertThat(ImportWriter.fill(kept, brought)).isTrue();

        assertThat(kept.getMobile()).isEqualTo("0501230001");
        assertThat(kept.getCity()).isEqualTo("الرياض");
        assertThat(kept.getDistrict()).isEqualTo("النسيم");
        assertThat(kept.getIban()).isEqualTo("SA0380000000608010167519");
        assertThat(kept.getIncomes()).hasSize(1);
        assertThat(kept.getHousehold()).extracting(FileForm.Member::getFullName).containsExactly("ريم", "فهد");
    }

    @Test
    void nothingNewFillsNothing() {
        FileForm kept = new FileForm();
        kept.setCity("الرياض");
        kept.keepIban("SA0380000000608010167519");
        FileForm brought = new FileForm();
        brought.setCity("الرياض");
        brought.setIban("SA4420000001234567891234");

        assertThat(ImportWriter.fill(kept, brought)).isFalse();
        assertThat(kept.effectiveIban()).isEqualTo("SA0380000000608010167519");
    }

    /** An administrator's name as the platform gives it. */
    private static org.ektefaa.platform.api.Caller caller(String name) {
        return new org.ektefaa.platform.api.Caller() {
            @Override
            public java.util.Optional<String> current() {
                return java.util.Optional.of(name);
            }

            @Override
            public boolean isSystemOrIn(String... roles) {
                return true;
            }
        };
    }

    /** Events fired are dropped (the audit trail is the platform's). */
    private static <T> jakarta.enterprise.event.Event<T> dropped() {
        return new jakarta.enterprise.event.Event<>() {
            @Override
            public void fire(T event) {
            }

            @Override
            public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(U event,
                    jakarta.enterprise.event.NotificationOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public jakarta.enterprise.event.Event<T> select(java.lang.annotation.Annotation... qualifiers) {
                return this;
            }

            @Override
            public <U extends T> jakarta.enterprise.event.Event<U> select(Class<U> subtype,
                    java.lang.annotation.Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends T> jakarta.enterprise.event.Event<U> select(jakarta.enterprise.util.TypeLiteral<U> subtype,
                    java.lang.annotation.Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static ImportWriter writer(jakarta.persistence.EntityManager em, String admin, java.time.Instant now) {
        ImportWriter writer = new ImportWriter();
        writer.em = em;
        writer.caller = caller(admin);
        writer.clock = java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
        writer.audited = dropped();
        return writer;
    }

    /**
     * The same file imported again while its batch runs is refused; once the batch stopped with the server (its clock
     * still for two minutes) one administrator resumes it — its counters those of the people it wrote, the rows written
     * in that administrator's name — and a second one at the same moment is refused; another file is another batch.
     */
    @Test
    void aStoppedBatchIsResumedOnceByTheSameFile() {
        org.ektefaa.testing.ModuleDatabase database = new org.ektefaa.testing.ModuleDatabase("beneficiaries", "ben", "batches");
        try {
            java.time.Instant start = java.time.Instant.parse("2026-12-06T08:00:00Z");
            long[] id = new long[1];
            database.inTransaction(em -> id[0] = writer(em, "admin.one", start).begin("الأسر.xlsx", "a".repeat(64), 3, false));
            database.inTransaction(em -> {
                em.persist(new org.ektefaa.beneficiaries.entity.ImportedRow(id[0], 0, "h0", 10L, 1L,
                        org.ektefaa.beneficiaries.entity.ImportedRow.Outcome.CREATED, null));
                em.persist(new org.ektefaa.beneficiaries.entity.ImportedRow(id[0], 1, "h1", null, null,
                        org.ektefaa.beneficiaries.entity.ImportedRow.Outcome.FAILED, "import.error.failed"));
            });
            database.inTransaction(em -> org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            writer(em, "admin.two", start.plusSeconds(60)).begin("الأسر.xlsx", "a".repeat(64), 3, false))
                    .hasMessage("import.error.running"));
            java.time.Instant later = start.plus(java.time.Duration.ofMinutes(3));
            database.inTransaction(em -> assertThat(writer(em, "admin.two", later).begin("نسخة.xlsx", "a".repeat(64), 3,
                    false)).isEqualTo(id[0]));
            database.inTransaction(em -> {
                org.ektefaa.beneficiaries.entity.ImportBatch batch = em.find(org.ektefaa.beneficiaries.entity.ImportBatch.class,
                        id[0]);
                assertThat(batch.getWrittenBy()).isEqualTo("admin.two");
                assertThat(List.of(batch.getDone(), batch.getCreated(), batch.getFailed())).containsExactly(1, 1, 0);
                assertThat((Long) em.createQuery("select count(r) from ImportedRow r where r.batchId = :b")
                        .setParameter("b", id[0]).getSingleResult()).as("the one not written is tried again").isEqualTo(1);
            });
            database.inTransaction(em -> org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            writer(em, "admin.three", later).begin("الأسر.xlsx", "a".repeat(64), 3, false))
                    .hasMessage("import.error.running"));
            database.inTransaction(em -> assertThat(writer(em, "admin.three", later).begin("الأسر.xlsx", "b".repeat(64),
                    3, false)).isNotEqualTo(id[0]));
        } finally {
            database.close();
        }
    }

    private static ImportUndoing undoing(jakarta.persistence.EntityManager em, java.time.Instant now) {
        ImportUndoing undoing = new ImportUndoing();
        undoing.em = em;
        undoing.caller = caller("admin.one");
        undoing.clock = java.time.Clock.fixed(now, java.time.ZoneOffset.UTC);
        undoing.audited = dropped();
        undoing.undoings = dropped();
        return undoing;
    }

    /**
     * A batch is undone by one administrator at a time (a part at a time, each in its own transaction): while an undo
     * moves on, a second is refused; an undo the server stopped (its clock still for two minutes) is taken up again.
     */
    @Test
    void anUndoIsClaimedOnceAndTakenUpAgainWhenItStopped() {
        org.ektefaa.testing.ModuleDatabase database = new org.ektefaa.testing.ModuleDatabase("beneficiaries", "ben", "undoing");
        try {
            java.time.Instant start = java.time.Instant.parse("2026-12-07T08:00:00Z");
            long[] id = new long[1];
            database.inTransaction(em -> id[0] = writer(em, "admin.one", start).begin("الأسر.xlsx", "c".repeat(64), 1, false));
            database.inTransaction(em -> {
                em.persist(new org.ektefaa.beneficiaries.entity.ImportedRow(id[0], 0, "h0", 10L, 1L,
                        org.ektefaa.beneficiaries.entity.ImportedRow.Outcome.CREATED, null));
                writer(em, "admin.one", start).finish(id[0]);
            });
            java.time.Instant undone = start.plusSeconds(60);
            database.inTransaction(em -> assertThat(undoing(em, undone).claim(id[0])).hasSize(1));
            database.inTransaction(em -> org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                    undoing(em, undone.plusSeconds(30)).claim(id[0])).hasMessage("import.error.notUndoable"));
            database.inTransaction(em -> assertThat(undoing(em, undone.plus(java.time.Duration.ofMinutes(3))).claim(id[0]))
                    .as("taken up again").hasSize(1));
        } finally {
            database.close();
        }
    }
}
