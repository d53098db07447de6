package org.ektefaa.platform.api.saudi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts as typed on an Arabic or a Latin keyboard (a walk of the visit form refused "١٬٥٠٠" and "1,500"). */
class AmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1500|1500",
            "١٥٠٠|1500",
            "١٬٥٠٠|1500",
            "١٬٥٠٠٫٥٠|1500.50",
            "1,500|1500",
            "1,500.5|1500.5",
            "12,345,678|12345678",
            "1 500|1500",
            "٢٣٫٧٥|23.75",
            "۳۰۰|300",
            "0|0",
            "' 250 '|250",
            "\u200F١٬٢٠٠\u200F|1200",
            "\u2066950\u2069|950"})
    void readsWhatPeopleType(String typed, String amount) {
        assertThat(Amounts.parse(typed)).isEqualByComparingTo(new BigDecimal(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "12,34", "1,5000", "abc", "1.2.3", "1,500,00", "SAR 100", "١٠٠ ريال", "1 5", "12 34",
        "0,500", "1,,500"})
    void refusesWhatIsNotAnAmount(String typed) {
        assertThatThrownBy(() -> Amounts.parse(typed)).isInstanceOf(NumberFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNoAmount(String typed) {
        assertThat(Amounts.parse(typed)).isNull();
    }
}
