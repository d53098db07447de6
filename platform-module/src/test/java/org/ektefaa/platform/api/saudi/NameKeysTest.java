package org.ektefaa.platform.api.saudi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #24: spellings of one name find each other — compound names with and without the space, the article, ى/ي and
 * ه/ة at word ends, doubled letters, diacritics, hamza, and the Latin transliterations of Arabic names — and different
 * names do not. The table ({@code name-pairs.csv}) holds the pairs that must match and those that must not.
 */
class NameKeysTest {

    @Test
    void everyPairOfTheTableMatchesOrNotAsItSays() throws IOException {
        List<String> wrong = new ArrayList<>();
        int pairs = 0;
        int mustNot = 0;
        try (InputStream in = NameKeysTest.class.getResourceAsStream("name-pairs.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).toList();
            for (String line : lines) {
                String[] pair = line.split(",");
                boolean expected = "yes".equals(pair[2]);
                pairs++;
                mustNot += expected ? 0 : 1;
                if (NameKeys.matches(pair[0], pair[1]) != expected) {
                    wrong.add(pair[0] + " → " + pair[1] + " should " + (expected ? "" : "not ") + "match; keys "
                            + NameKeys.query(pair[0]) + " / " + NameKeys.index(pair[1]));
                }
            }
        }
        assertThat(pairs - mustNot).as("pairs that must match").isGreaterThanOrEqualTo(100);
        assertThat(mustNot).as("pairs that must not").isGreaterThanOrEqualTo(20);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aNameIsIndexedUnderFewKeys() {
        // four words: each its Arabic key and Latin skeleton, سعد its skeleton with the ain kept as well
        assertThat(NameKeys.index("محمد سعد عبدالله الغامدي")).hasSizeLessThanOrEqualTo(9);
        assertThat(NameKeys.index("Mohammed Saad Abdullah Alghamdi")).hasSizeLessThanOrEqualTo(40);
        assertThat(NameKeys.query("محمد بن سعد")).hasSize(2);
        assertThat(NameKeys.query("")).isEmpty();
        assertThat(NameKeys.index(null)).isEmpty();
    }
}
