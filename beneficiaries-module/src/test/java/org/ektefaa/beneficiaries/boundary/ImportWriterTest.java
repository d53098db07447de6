package org.ektefaa.beneficiaries.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
}
