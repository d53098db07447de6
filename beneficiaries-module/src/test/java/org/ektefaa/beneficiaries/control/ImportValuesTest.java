package org.ektefaa.beneficiaries.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ektefaa.beneficiaries.control.ImportValues.NameParts;
import org.ektefaa.beneficiaries.entity.Enums.Gender;
import org.ektefaa.beneficiaries.entity.Enums.MaritalStatus;
import org.ektefaa.beneficiaries.entity.Enums.Relation;
import org.junit.jupiter.api.Test;

/**
 * Issue #25: values as associations' spreadsheets hold them — a full name in one cell, days in either calendar and in
 * either order, Eastern-Arabic digits, the words people use — and the headings that propose a first mapping.
 */
class ImportValuesTest {

    @Test
    void aFullNameIsSplitAsSaudiNamesAreWritten() {
        Map<String, NameParts> names = Map.of(
                "نورة محمد عبدالله العتيبي", new NameParts("نورة", "محمد", "عبدالله", "العتيبي"),
                "عبد الله بن سعد بن فهد آل سعود", new NameParts("عبد الله", "سعد", "فهد", "آل سعود"),
                "هيا بنت أبو بكر الشمري", new NameParts("هيا", "أبو بكر", "", "الشمري"),
                "عبد الرحمن محمد القحطاني", new NameParts("عبد الرحمن", "محمد", "", "القحطاني"),
                "سارة الدوسري", new NameParts("سارة", "", "", "الدوسري"),
                "  منيرة  ", new NameParts("منيرة", "", "", ""),
                "Mohammed bin Saad Al Harbi", new NameParts("Mohammed", "Saad", "", "Al Harbi"));
        names.forEach((full, parts) -> assertThat(ImportValues.splitName(full)).as(full).isEqualTo(parts));
    }

    @Test
    void daysInEitherCalendarAndOrder() {
        LocalDate hijri = ImportValues.day("1445/03/12").orElseThrow().date();
        assertThat(ImportValues.day("12/03/1445")).hasValueSatisfying(d -> {
            assertThat(d.date()).isEqualTo(hijri);
            assertThat(d.hijri()).isTrue();
        });
        assertThat(ImportValues.day("١٤٤٥/٣/١٢ هـ")).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(hijri));
        assertThat(hijri).isEqualTo(LocalDate.of(2023, 9, 27));
        assertThat(ImportValues.day("15/09/2024")).hasValueSatisfying(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 9, 15));
            assertThat(d.hijri()).isFalse();
        });
        assertThat(ImportValues.day("2024-09-15")).hasValueSatisfying(d -> assertThat(d.date())
                .isEqualTo(LocalDate.of(2024, 9, 15)));
        // days no calendar has: the 30th of a 29-day Umm al-Qura month, the 31st of April, a 13th month, no date
        assertThat(ImportValues.day("1445/01/30")).as("Muharram 1445 has 29 days").isEmpty();
        assertThat(ImportValues.day("31/04/2024")).isEmpty();
        assertThat(ImportValues.day("1445/13/01")).isEmpty();
        assertThat(ImportValues.day("قريبا")).isEmpty();
    }

    @Test
    void amountsAndWords() {
        assertThat(ImportValues.amount("١٬٢٥٠٫٥٠ ريال")).hasValue(new BigDecimal("1250.50"));
        assertThat(ImportValues.amount("3,000")).hasValue(new BigDecimal("3000"));
        assertThat(ImportValues.amount("-5")).isEmpty();
        // what the columns cannot hold is refused in the dry run, never left to fail when it is written
        assertThat(ImportValues.amount("1E30")).isEmpty();
        assertThat(ImportValues.amount("1e999999999")).isEmpty();
        assertThat(ImportValues.amount("12345678901")).isEmpty();
        assertThat(ImportValues.amount("333.333333333")).hasValue(new BigDecimal("333.33"));
        assertThat(ImportValues.amount("خمسمائة")).isEmpty();
        assertThat(ImportValues.gender("أنثى")).hasValue(Gender.FEMALE);
        assertThat(ImportValues.gender("M")).hasValue(Gender.MALE);
        assertThat(ImportValues.maritalStatus("أرملة")).hasValue(MaritalStatus.WIDOWED);
        assertThat(ImportValues.maritalStatus("Divorced")).hasValue(MaritalStatus.DIVORCED);
        assertThat(ImportValues.relation("ابنة")).hasValue(Relation.DAUGHTER);
        assertThat(ImportValues.relation("زوجة")).hasValue(Relation.SPOUSE);
        assertThat(ImportValues.relation("جار")).isEmpty();
    }

    @Test
    void headingsProposeAMapping() {
        Map<ImportField, Integer> mapping = ImportField.guess(List.of("م", "اسم المستفيدة", "رقم الهوية", "الجوال",
                "تاريخ الميلاد", "الحالة الاجتماعية", "الآيبان", "ملاحظات", "Monthly income"));
        assertThat(mapping).containsEntry(ImportField.FULL_NAME, 1).containsEntry(ImportField.ID_NUMBER, 2)
                .containsEntry(ImportField.MOBILE, 3).containsEntry(ImportField.BIRTH_DATE, 4)
                .containsEntry(ImportField.MARITAL_STATUS, 5).containsEntry(ImportField.IBAN, 6)
                .containsEntry(ImportField.MONTHLY_INCOME, 8).hasSize(7);
    }
}
