package org.ektefaa.beneficiaries.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.ektefaa.beneficiaries.control.SearchText.Kind;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void readsTheSearchBoxTheWayReceptionTypesIt() {
        assertThat(SearchText.of("١٠٠٠٠٠٠٠٠٨")).isEqualTo(new SearchText(Kind.IDENTITY, "1000000008"));
        assertThat(SearchText.of("050 123 4567")).isEqualTo(new SearchText(Kind.MOBILE, "+966501234567"));
        assertThat(SearchText.of("b-12")).isEqualTo(new SearchText(Kind.NUMBER, "B-000012"));
        assertThat(SearchText.of("0008")).isEqualTo(new SearchText(Kind.LAST_FOUR, "0008"));
        assertThat(SearchText.of("إبراهيم")).isEqualTo(new SearchText(Kind.NAME, "إبراهيم"));
        assertThat(SearchText.of("  ")).isEqualTo(new SearchText(Kind.ALL, null));
        // a name as typed, spaces folded: NameKeys reads its spelling (issue #24)
        assertThat(SearchText.of(" إبراهيم  الحربي")).isEqualTo(new SearchText(Kind.NAME, "إبراهيم الحربي"));
        assertThat(SearchText.of("Mohammed Alghamdi").kind()).isEqualTo(Kind.NAME);
    }
}
