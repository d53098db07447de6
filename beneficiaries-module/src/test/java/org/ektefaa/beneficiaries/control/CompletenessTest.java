package org.ektefaa.beneficiaries.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.Enums.SignatureMethod;
import org.ektefaa.beneficiaries.entity.Files;
import org.ektefaa.platform.api.ContactChannel;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    private final Category widows = widows();

    @Test
    void anEmptyFileShowsEveryGapInOrder() {
        Beneficiary empty = new Beneficiary(ContactChannel.PHONE_CALL, "r", Files.NOW);
        assertThat(Completeness.missing(empty, null, Set.of())).startsWith("field.name", "field.birthDate",
                "field.gender").contains("field.category", "verify.IDENTITY", "consent").endsWith("declaration");
    }

    @Test
    void theCategoryDecidesWhichDocumentsAreRequiredAndVerified() {
        Beneficiary file = Files.complete("WIDOWS");
        assertThat(Completeness.itemsToVerify(file, widows))
                .containsExactly("IDENTITY", "CONTACT", "ADDRESS", "INCOME", "DOC_DEATH_CERTIFICATE", "DOC_ID_CARD");
        assertThat(Completeness.missing(file, widows, Set.of("ID_CARD")))
                .contains("document.DEATH_CERTIFICATE").doesNotContain("document.ID_CARD");
    }

    @Test
    void aVerifiedSignedFileWithItsDocumentsLacksNothing() {
        Beneficiary file = Files.complete("WIDOWS");
        Completeness.itemsToVerify(file, widows).forEach(item -> file.verify(item, "r", Files.NOW));
        file.consent("assessing and serving the household", "r", Files.NOW);
        file.sign("DECL-1", SignatureMethod.TYPED, "فاطمة محمد علي القحطاني", null, "r", Files.NOW);
        assertThat(Completeness.missing(file, widows, Set.of("ID_CARD", "DEATH_CERTIFICATE"))).isEmpty();
    }

    /** Issue #25: a file imported with a three-part name comes in, and the four-part name is asked for. */
    @Test
    void aNameWithoutTheGrandfatherIsAskedForBeforeSubmitting() {
        Beneficiary file = Files.complete("WIDOWS");
        assertThat(Completeness.missing(file, widows, Set.of())).doesNotContain("field.name");
        Beneficiary imported = Files.named(new org.ektefaa.beneficiaries.entity.PersonName("فاطمة", "محمد", null,
                "القحطاني"));
        assertThat(Completeness.missing(imported, widows, Set.of())).startsWith("field.name");
    }

    @Test
    void aCategoryCanRequireMoreFields() {
        Beneficiary file = Files.complete("ORPHANS");
        Category orphans = new Category("ORPHANS", "أسر الأيتام", "Orphans' families");
        orphans.requireFields(Set.of("household", "iban"));
        assertThat(Completeness.missing(file, orphans, Set.of())).contains("field.household", "field.iban")
                .doesNotContain("field.income");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> orphans.requireFields(Set.of("password")))
                .hasMessage("category.error.field");
    }

    private static Category widows() {
        Category category = new Category("WIDOWS", "الأرامل", "Widows");
        category.update("الأرامل", "Widows", true, Set.of("ID_CARD", "DEATH_CERTIFICATE"));
        return category;
    }

}
