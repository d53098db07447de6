package org.ektefaa.beneficiaries.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.ektefaa.beneficiaries.boundary.BeneficiaryFiles.Criteria;
import org.ektefaa.beneficiaries.boundary.BeneficiaryFiles.Criteria.Kind;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

    @Test
    void readsTheSearchBoxTheWayReceptionTypesIt() {
        assertThat(Criteria.of("١٠٠٠٠٠٠٠٠٨")).isEqualTo(new Criteria(Kind.IDENTITY, "1000000008"));
        assertThat(Criteria.of("050 123 4567")).isEqualTo(new Criteria(Kind.MOBILE, "+966501234567"));
        assertThat(Criteria.of("b-12")).isEqualTo(new Criteria(Kind.NUMBER, "B-000012"));
        assertThat(Criteria.of("0008")).isEqualTo(new Criteria(Kind.LAST_FOUR, "0008"));
        assertThat(Criteria.of("إبراهيم")).isEqualTo(new Criteria(Kind.NAME, "ابراهيم"));
        assertThat(Criteria.of("  ")).isEqualTo(new Criteria(Kind.ALL, null));
        assertThat(Criteria.of("إبراهيم  الحربي").words()).containsExactly("ابراهيم", "الحربي");
        assertThat(Criteria.of("50%_ off").words()).containsExactly("50", "off");
    }
}
