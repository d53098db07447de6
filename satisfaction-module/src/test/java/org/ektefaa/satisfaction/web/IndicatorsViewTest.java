package org.ektefaa.satisfaction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ektefaa.satisfaction.api.Indicators.Figure;
import org.junit.jupiter.api.Test;

/** Issue #22: a figure from fewer answers than the minimum group says so instead of showing a bare 100%. */
class IndicatorsViewTest {

    @Test
    void aFigureBelowTheMinimumGroupIsMarkedTooFew() {
        assertThat(IndicatorsView.shown(new Figure(new BigDecimal("100.0"), 1), "%", 5, "إجابات قليلة"))
                .isEqualTo("إجابات قليلة");
        assertThat(IndicatorsView.shown(new Figure(new BigDecimal("65.9"), 41), "%", 5, "إجابات قليلة"))
                .isEqualTo("\u206665.9%\u2069");
        assertThat(IndicatorsView.shown(new Figure(new BigDecimal("-20.0"), 41), "", 5, "x"))
                .as("the sign stays on the left").isEqualTo("\u2066-20.0\u2069");
        assertThat(IndicatorsView.shown(Figure.NONE, "%", 5, "x")).isEqualTo("—");
    }
}
