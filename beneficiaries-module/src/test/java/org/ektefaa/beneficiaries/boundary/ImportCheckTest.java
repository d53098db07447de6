package org.ektefaa.beneficiaries.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ektefaa.beneficiaries.boundary.ImportCheck.Person;
import org.ektefaa.beneficiaries.boundary.ImportCheck.Verdict;
import org.ektefaa.beneficiaries.control.ImportField;
import org.ektefaa.beneficiaries.control.SheetReader;
import org.ektefaa.beneficiaries.entity.Beneficiary;
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
 * Issue #25: the dry run of an association's spreadsheet in Arabic, with the mistakes real ones have — a wrong check
 * digit, Eastern-Arabic digits, Hijri days (one that does not exist), a person on two rows with a child on the second,
 * a person already kept (updated, not doubled), someone who may be a kept file under another number, an unknown
 * category — each row's verdict and each cell's reason compared with what is expected. Nothing is written.
 */
class ImportCheckTest {

    private static final PersonalData SEALS = new TestPersonalData();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String KEPT_ID = NationalIds.withCheckDigit(108_800_001L);
    private static ModuleDatabase database;
    private static long kept;
    private static long twin;

    @BeforeAll
    static void files() {
        database = new ModuleDatabase("beneficiaries", "ben", "import");
        database.inTransaction(em -> {
            kept = file(em, KEPT_ID, "حصة", "المطيري", LocalDate.of(1975, 6, 1), "0501230001");
            twin = file(em, NationalIds.withCheckDigit(108_800_002L), "لطيفة", "السبيعي", LocalDate.of(1968, 2, 10), null);
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static long file(EntityManager em, String id, String first, String family, LocalDate born, String mobile) {
        FileForm form = new FileForm();
        form.setFirstName(first);
        form.setFatherName("محمد");
        form.setFamilyName(family);
        form.setBirthDate(born);
        form.setMobile(mobile);
        Beneficiary file = new Beneficiary(ContactChannel.IN_PERSON_INTERVIEW, "reception", Instant.EPOCH);
        file.identify(Enums.IdType.NATIONAL_ID, id, SEALS.lookupHash(id), id.substring(6), null);
        file.describe(form.toDetails(TODAY, SEALS), null, "reception", Instant.EPOCH);
        file.rekey();
        em.persist(file);
        em.flush();
        return file.getId();
    }

    private static String eastern(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) ('٠' + (c - '0'))));
        return out.toString();
    }

    @Test
    void eachRowGetsItsVerdictAndEachCellItsReason() {
        String good = NationalIds.withCheckDigit(108_800_010L);
        String wrongDigit = good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10);
        String withChild = NationalIds.withCheckDigit(108_800_011L);
        String child = NationalIds.withCheckDigit(108_800_012L);
        String lateSister = NationalIds.withCheckDigit(108_800_013L);
        List<String> headings = List.of("الاسم", "رقم الهوية", "تاريخ الميلاد", "الجوال", "الفئة", "الدخل", "اسم الفرد",
                "صلة القرابة", "هوية الفرد", "تاريخ الصرف", "نوع المساعدة", "المبلغ");
        List<List<String>> rows = new ArrayList<>();
        // line 2: all well, Eastern-Arabic digits and a Hijri birth date, a past aid
        rows.add(row(" نورة بنت سعد العتيبي", eastern(good), "١٤٠٠/٠٧/١٥", "٠٥٥١٢٣٤٥٦٧", "الأرامل", "١٬٥٠٠", "", "", "",
                "1446/05/01", "سلة غذائية", "350"));
        // line 3: the check digit is wrong
        rows.add(row("هيا محمد الشمري", wrongDigit, "1985-01-01", "", "", "", "", "", "", "", "", ""));
        // line 4 and 5: one mother, her son on the second row
        rows.add(row("منيرة عبد الله الدوسري", withChild, "10/10/1980", "", "", "", "", "", "", "", "", ""));
        rows.add(row("منيرة عبد الله الدوسري", withChild, "", "", "", "", "فهد", "ابن", child, "", "", ""));
        // line 6: the person already kept (updated), her mobile written as Excel keeps a number
        rows.add(row("حصة محمد المطيري", KEPT_ID, "1975-06-01", "501230001", "", "", "", "", "", "", "", ""));
        // line 7: a day Muharram 1445 does not have, a category nobody keeps, an amount in words
        rows.add(row("سارة علي الحربي", lateSister, "1445/01/30", "", "المطلقات الجدد", "ألف", "", "", "", "", "", ""));
        // line 8: Latifa under another identity number: same names, same birth date (a warning, kept apart)
        rows.add(row("لطيفة محمد السبيعى", NationalIds.withCheckDigit(108_800_014L), "1968-02-10", "", "", "", "", "",
                "", "", "", ""));
        // line 9: no name
        rows.add(row("", NationalIds.withCheckDigit(108_800_015L), "", "", "", "", "", "", "", "", "", ""));
        // line 10: the daughter of line 3's refused person, under the same wrong number: she joins her, no new person
        rows.add(row("", wrongDigit, "", "", "", "", "ريم", "ابنة", "", "", "", ""));
        // lines 11 and 12: two women under one number — refused, with where the other is
        rows.add(row("فاطمة سعد علي القحطاني", NationalIds.withCheckDigit(108_800_016L), "1979-03-03", "", "", "", "", "",
                "", "", "", ""));
        rows.add(row("هند يوسف إبراهيم الزهراني", NationalIds.withCheckDigit(108_800_016L), "1981-07-07", "", "", "", "",
                "", "", "", "", ""));
        // lines 13 and 14: not the shape of an identity number at all (too short; letters), said so
        rows.add(row("مها سعد علي الغامدي", "12345", "", "", "", "", "", "", "", "", "", ""));
        rows.add(row("جواهر سعد علي الغامدي", "لا يوجد", "", "", "", "", "", "", "", "", "", ""));
        // lines 15 and 16: one man written with "بن" twice, the second row only adding a past aid: one person
        String withBin = NationalIds.withCheckDigit(108_800_017L);
        rows.add(row("محمد بن عبد الله آل سعيد", withBin, "", "", "", "", "", "", "", "", "", ""));
        rows.add(row("محمد بن عبد الله آل سعيد", withBin, "", "", "", "", "", "", "", "1446/06/01", "سلة غذائية", "200"));
        // line 17: a formula where a name should be is refused, never kept to leave later in an export
        rows.add(row("=cmd|' /C calc'!A0 زيد علي حسن", NationalIds.withCheckDigit(108_800_018L), "", "", "", "", "", "",
                "", "", "", ""));
        SheetReader.Table table = new SheetReader.Table("1446", headings, rows, 0, List.of());
        Map<ImportField, Integer> mapping = ImportField.guess(headings);
        assertThat(mapping).containsEntry(ImportField.MEMBER_NAME, 6).containsEntry(ImportField.AID_DATE, 9);

        EntityManager em = database.entityManager();
        List<Person> people;
        long before = (Long) em.createQuery("select count(b) from Beneficiary b").getSingleResult();
        try {
            people = new ImportCheck(em, SEALS, TODAY).check(List.of(new ImportCheck.Mapped(table, mapping)));
            assertThat((Long) em.createQuery("select count(b) from Beneficiary b").getSingleResult())
                    .as("a dry run writes nothing").isEqualTo(before);
        } finally {
            em.close();
        }
        assertThat(people).extracting(p -> p.lines().get(0) + " " + p.verdict() + reasons(p)).containsExactly(
                "2 CREATE",
                "3 REFUSED رقم الهوية:import.error.idInvalid",
                "4 CREATE",
                "6 UPDATE",
                "7 REFUSED تاريخ الميلاد:import.error.day الفئة:import.error.category الدخل:import.error.amount",
                "8 CREATE",
                "9 REFUSED الاسم:import.error.nameMissing",
                "11 REFUSED الاسم:import.error.sameIdOtherName",
                "13 REFUSED رقم الهوية:import.error.idShape",
                "14 REFUSED رقم الهوية:import.error.idShape",
                "15 CREATE",
                "17 REFUSED الاسم:import.error.nameCharacters");
        assertThat(people.get(10).lines()).containsExactly(15, 16);
        assertThat(people.get(10).aid()).hasSize(1);
        assertThat(people.get(1).lines()).containsExactly(3, 10);

        Person noura = people.get(0);
        FileForm form = noura.form();
        assertThat(List.of(form.getFirstName(), form.getFatherName(), form.getFamilyName()))
                .containsExactly("نورة", "سعد", "العتيبي");
        // three parts: imported, the grandfather's name asked for when the file is verified
        assertThat(noura.problems()).filteredOn(p -> !p.refuses()).extracting(ImportCheck.Problem::messageKey)
                .contains("import.warning.nameParts");
        assertThat(form.getIdNumber()).isEqualTo(good);
        assertThat(form.getBirthDate()).isEqualTo(LocalDate.of(1980, 5, 30));
        assertThat(form.getMobile()).isEqualTo("+966551234567");
        assertThat(form.getCategoryCode()).isEqualTo("WIDOWS");
        assertThat(form.getIncomes()).singleElement().satisfies(i -> assertThat(i.getMonthlyAmount())
                .isEqualByComparingTo("1500"));
        assertThat(noura.aid()).singleElement().satisfies(a -> {
            assertThat(a.service()).isEqualTo("سلة غذائية");
            assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("350"));
            assertThat(a.date()).isEqualTo(LocalDate.of(2024, 11, 3));
        });
        Person mother = people.get(2);
        assertThat(mother.lines()).containsExactly(4, 5);
        assertThat(mother.form().getHousehold()).singleElement().satisfies(m -> {
            assertThat(m.getFullName()).isEqualTo("فهد");
            assertThat(m.getRelation()).isEqualTo(Enums.Relation.SON);
            assertThat(m.getIdNumber()).isEqualTo(child);
        });
        assertThat(people.get(3).existingId()).isEqualTo(kept);
        assertThat(people.get(3).alike()).as("the kept file itself is not a duplicate of the row").doesNotContainKey(kept);
        assertThat(people.get(5).alike()).containsKey(twin).satisfies(a -> assertThat(a.get(twin)).contains(Reason.NAME_BIRTH));
        assertThat(ImportCheck.counts(people)).containsEntry(Verdict.CREATE, 4L).containsEntry(Verdict.UPDATE, 1L)
                .containsEntry(Verdict.REFUSED, 7L);
        // every accepted person is imported until the administrator leaves them out; a refused one never is
        assertThat(people).filteredOn(Person::isIncluded).hasSize(5);
        people.get(0).setIncluded(false);
        people.get(1).setIncluded(true);
        assertThat(people).filteredOn(Person::isIncluded).extracting(p -> p.lines().get(0)).containsExactly(4, 6, 8, 15);
        // on a sheet of household members, "name", "identity number" and "date of birth" are the member's
        assertThat(ImportField.guess(List.of("رقم هوية رب الأسرة", "الاسم", "رقم الهوية", "تاريخ الميلاد", "رقم هوية الفرد")))
                .containsEntry(ImportField.HEAD_ID_NUMBER, 0).containsEntry(ImportField.MEMBER_NAME, 1)
                .containsEntry(ImportField.MEMBER_ID_NUMBER, 4).containsEntry(ImportField.MEMBER_BIRTH_DATE, 3)
                .doesNotContainKey(ImportField.ID_NUMBER);
    }

    private static String reasons(Person p) {
        return p.problems().stream().filter(ImportCheck.Problem::refuses).map(x -> " " + x.heading() + ":" + x.messageKey())
                .collect(Collectors.joining());
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }
}
