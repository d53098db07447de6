package org.ektefaa.satisfaction.api;

import org.ektefaa.platform.api.PolicyClause;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The indicators against datasets computed by hand. */
class IndicatorsTest {

    private static Map<Integer, Long> scores(int... given) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (int score : given) {
            counts.merge(score, 1L, Long::sum);
        }
        return counts;
    }

    @Test
    @PolicyClause("3.5")
    void csatIsTheShareOfFoursAndFives() {
        // 5,5,4,4,5,5 of ten answers are 4 or 5: 60 %.
        Indicators.Figure csat = Indicators.csat(scores(5, 5, 4, 3, 2, 1, 4, 5, 5, 3));
        assertThat(csat.value()).isEqualByComparingTo("60.0");
        assertThat(csat.n()).isEqualTo(10);
        // Two of three: 66.666... rounds half up to 66.7; one of sixteen: 6.25 to 6.3.
        assertThat(Indicators.csat(scores(5, 4, 1)).value()).isEqualByComparingTo("66.7");
        assertThat(Indicators.csat(scores(5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).value())
                .isEqualByComparingTo("6.3");
    }

    @Test
    @PolicyClause("3.5")
    void npsIsPromotersMinusDetractors() {
        // Promoters 10,9,9,10 (4), detractors 6,5,0,3 (4), passives 8,7: 0.
        assertThat(Indicators.nps(scores(10, 9, 9, 8, 7, 6, 5, 0, 10, 3)).value()).isEqualByComparingTo("0.0");
        // 3 promoters, 2 detractors of 6: 16.666... -> 16.7.
        assertThat(Indicators.nps(scores(10, 10, 9, 7, 3, 6)).value()).isEqualByComparingTo("16.7");
        // Only detractors: -100.
        assertThat(Indicators.nps(scores(0, 6, 2)).value()).isEqualByComparingTo("-100.0");
        // Passives do not count either way but are in the sample.
        Indicators.Figure passives = Indicators.nps(scores(7, 8, 10));
        assertThat(passives.value()).isEqualByComparingTo("33.3");
        assertThat(passives.n()).isEqualTo(3);
    }

    @Test
    @PolicyClause("3.5")
    void cesIsTheMeanEffort() {
        // (7+6+5+5+2+1+4) / 7 = 30 / 7 = 4.2857... -> 4.29.
        Indicators.Figure ces = Indicators.mean(scores(7, 6, 5, 5, 2, 1, 4));
        assertThat(ces.value()).isEqualTo(new BigDecimal("4.29"));
        assertThat(ces.n()).isEqualTo(7);
    }

    @Test
    void responseRateIsAnsweredOverInvited() {
        assertThat(Indicators.responseRate(7, 9).value()).isEqualByComparingTo("77.8");
        assertThat(Indicators.responseRate(7, 9).n()).isEqualTo(9);
        assertThat(Indicators.responseRate(0, 4).value()).isEqualByComparingTo("0.0");
    }

    @Test
    void anEmptySampleHasNoValueRatherThanZero() {
        assertThat(Indicators.csat(Map.of()).isKnown()).isFalse();
        assertThat(Indicators.nps(Map.of()).value()).isNull();
        assertThat(Indicators.mean(Map.of()).n()).isZero();
        assertThat(Indicators.responseRate(0, 0).isKnown()).isFalse();
    }
}
