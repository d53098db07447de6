package org.ektefaa.beneficiaries.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.ektefaa.beneficiaries.boundary.FileForm;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.DuplicateCandidate;
import org.ektefaa.beneficiaries.entity.DuplicateCandidate.Reason;
import org.ektefaa.beneficiaries.entity.Enums;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.protect.PersonalData;
import org.ektefaa.platform.api.saudi.NationalIds;
import org.ektefaa.testing.ModuleDatabase;
import org.ektefaa.testing.TestPersonalData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #24: the files that may be the same person, each with why — a matching name (any spelling) with the same birth
 * date, the same mobile, the same IBAN, this person's identity number in another household, a member in two
 * households — ranked; a pair found "not the same person" stays so when checked again; a pair whose reason is gone
 * closes.
 */
class DuplicateCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final PersonalData SEALS = new TestPersonalData();
    private static final String IBAN = "SA0380000000608010167519";
    private static final String REEM_ID = NationalIds.withCheckDigit(104_700_001L);
    private static final String CHILD_ID = NationalIds.withCheckDigit(104_700_009L);
    private static ModuleDatabase database;
    private static long reem;
    private static long reemAgain;
    private static long sameMobile;
    private static long reemsMother;
    private static long otherParent;
    private static long stranger;

    @BeforeAll
    static void files() {
        database = new ModuleDatabase("beneficiaries", "ben", "duplicates");
        database.inTransaction(em -> {
            reem = file(em, REEM_ID, "ريم", "الغامدي", LocalDate.of(1990, 1, 5), "0501110001", IBAN, f -> { });
            // the same woman registered at another branch: her name spelled otherwise, the same birth date and IBAN
            reemAgain = file(em, NationalIds.withCheckDigit(104_700_002L), "ريم", "غامدى", LocalDate.of(1990, 1, 5),
                    null, IBAN, f -> { });
            sameMobile = file(em, NationalIds.withCheckDigit(104_700_003L), "هند", "الحربي", LocalDate.of(1970, 2, 2),
                    "0501110001", null, f -> { });
            // Reem is a member of her mother's household; the mother and another parent both list the same child
            reemsMother = file(em, NationalIds.withCheckDigit(104_700_004L), "نورة", "الشهري", LocalDate.of(1965, 3, 3),
                    null, null, f -> {
                        f.getHousehold().add(member("ريم", Enums.Relation.DAUGHTER, REEM_ID));
                        f.getHousehold().add(member("سارة", Enums.Relation.DAUGHTER, CHILD_ID));
                    });
            otherParent = file(em, NationalIds.withCheckDigit(104_700_005L), "سعد", "الشهري", LocalDate.of(1960, 4, 4),
                    null, null, f -> f.getHousehold().add(member("سارة", Enums.Relation.DAUGHTER, CHILD_ID)));
            stranger = file(em, NationalIds.withCheckDigit(104_700_006L), "ريم", "القحطاني", LocalDate.of(1990, 1, 5),
                    null, null, f -> { });
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static FileForm.Member member(String name, Enums.Relation relation, String id) {
        FileForm.Member m = new FileForm.Member();
        m.setFullName(name);
        m.setRelation(relation);
        m.setIdNumber(id);
        return m;
    }

    private static long file(EntityManager em, String id, String first, String family, LocalDate born, String mobile,
                             String iban, Consumer<FileForm> more) {
        FileForm form = new FileForm();
        form.setIdNumber(id);
        form.setFirstName(first);
        form.setFatherName("محمد");
        form.setFamilyName(family);
        form.setBirthDate(born);
        form.setGender(Enums.Gender.FEMALE);
        form.setMobile(mobile);
        form.setIban(iban);
        more.accept(form);
        Beneficiary file = new Beneficiary(ContactChannel.IN_PERSON_INTERVIEW, "reception", NOW);
        file.identify(Enums.IdType.NATIONAL_ID, id, SEALS.lookupHash(id), id.substring(6), null);
        file.describe(form.toDetails(LocalDate.of(2026, 3, 1), SEALS), null, "reception", NOW);
        em.persist(file);
        em.flush();
        return file.getId();
    }

    private static Map<Long, Set<Reason>> candidates(long id) {
        EntityManager em = database.entityManager();
        try {
            return new DuplicateCheck(em).candidates(em.find(Beneficiary.class, id));
        } finally {
            em.close();
        }
    }

    @Test
    void eachCandidateComesWithItsReasons() {
        assertThat(candidates(reem)).containsOnlyKeys(reemAgain, sameMobile, reemsMother);
        assertThat(candidates(reem).get(reemAgain)).containsExactlyInAnyOrder(Reason.NAME_BIRTH, Reason.IBAN);
        assertThat(candidates(reem).get(sameMobile)).containsExactly(Reason.MOBILE);
        assertThat(candidates(reem).get(reemsMother)).containsExactly(Reason.IDENTITY);
        assertThat(candidates(reemsMother)).containsKeys(reem, otherParent);
        assertThat(candidates(reemsMother).get(otherParent)).containsExactly(Reason.HOUSEHOLD_MEMBER);
        assertThat(candidates(stranger)).as("the same first name and birth date, another family").isEmpty();
    }

    @Test
    void aPairFoundToBeTwoPeopleStaysSoAndAPairWithoutReasonCloses() {
        database.inTransaction(em -> new DuplicateCheck(em).record(em.find(Beneficiary.class, reem), NOW));
        List<DuplicateCandidate> open = pairs();
        assertThat(open).extracting(d -> d.otherThan(reem)).containsExactlyInAnyOrder(reemAgain, sameMobile, reemsMother);
        // ranked by the weight of their reasons: a matching name and birth date with the same IBAN (110), this identity
        // number in another household (100), the same mobile (30)
        assertThat(open.stream().sorted(java.util.Comparator.comparingInt(DuplicateCandidate::getScore).reversed())
                .map(d -> d.otherThan(reem)).toList()).containsExactly(reemAgain, reemsMother, sameMobile);
        long mobilePair = open.stream().filter(d -> d.otherThan(reem) == sameMobile).findFirst().orElseThrow().getId();
        database.inTransaction(em -> em.find(DuplicateCandidate.class, mobilePair).notTheSame("officer", NOW,
                "Her sister's phone"));
        // checked again (the nightly check): still two people
        database.inTransaction(em -> new DuplicateCheck(em).record(em.find(Beneficiary.class, reem), NOW));
        assertThat(pairs()).filteredOn(d -> d.getId() == mobilePair).singleElement()
                .satisfies(d -> assertThat(d.getStatus()).isEqualTo(DuplicateCandidate.Status.NOT_SAME));
        database.inTransaction(em -> {
            em.createNativeQuery("update ben_beneficiary set iban_hash = null where id = " + reemAgain).executeUpdate();
        });
        database.inTransaction(em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            new DuplicateCheck(em).record(em.find(Beneficiary.class, reem), NOW);
        });
        assertThat(pairs()).filteredOn(d -> d.otherThan(reem) == reemAgain).singleElement()
                .satisfies(d -> assertThat(d.getReasons()).containsExactly(Reason.NAME_BIRTH));
    }

    /**
     * Issue #24: a file merged into the same person's leaves the duplicate check (it has no candidates, and no other
     * file finds it); a merge is not merged again, and is undone within 30 days only.
     */
    @Test
    void aMergedFileLeavesTheCheckAndItsMergeIsUndoneWithinThirtyDays() {
        long[] ids = new long[2];
        database.inTransaction(em -> {
            ids[0] = file(em, NationalIds.withCheckDigit(104_700_007L), "هيا", "العتيبي", LocalDate.of(1985, 8, 8),
                    "0501110077", null, f -> { });
            ids[1] = file(em, NationalIds.withCheckDigit(104_700_008L), "هيا", "عتيبي", LocalDate.of(1985, 8, 8), null,
                    null, f -> { });
        });
        long twin = ids[0];
        long first = ids[1];
        assertThat(candidates(first)).containsOnlyKeys(twin);
        database.inTransaction(em -> em.find(Beneficiary.class, twin).mergeInto(em.find(Beneficiary.class, first),
                "executive", NOW));
        assertThat(candidates(first)).as("the merged file is found through the kept one").isEmpty();
        assertThat(candidates(twin)).isEmpty();
        database.inTransaction(em -> {
            Beneficiary merged = em.find(Beneficiary.class, twin);
            Beneficiary kept = em.find(Beneficiary.class, first);
            assertThat(merged.getHistory()).extracting(e -> e.getKind().name()).contains("MERGED");
            assertThat(kept.getHistory()).extracting(e -> e.getKind().name()).contains("MERGED_IN");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.mergeInto(merged, "executive", NOW))
                    .hasMessage("duplicate.error.merged");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> merged.unmerge(kept, "executive",
                    NOW.plus(java.time.Duration.ofDays(31)))).hasMessage("duplicate.error.undoTooLate");
            merged.unmerge(kept, "executive", NOW.plus(java.time.Duration.ofDays(29)));
        });
        assertThat(candidates(first)).containsOnlyKeys(twin);
    }

    private static List<DuplicateCandidate> pairs() {
        EntityManager em = database.entityManager();
        try {
            return em.createQuery("select d from DuplicateCandidate d where d.fileId = :id or d.otherId = :id",
                    DuplicateCandidate.class).setParameter("id", reem).getResultList();
        } finally {
            em.close();
        }
    }
}
