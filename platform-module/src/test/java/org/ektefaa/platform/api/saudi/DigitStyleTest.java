package org.ektefaa.platform.api.saudi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #22: one style of digits in Arabic text, the codes kept as they are typed. */
class DigitStyleTest {

    @Test
    void latinTurnsWhatAFormatterWroteInArabicIndicIntoLatin() {
        assertThat(DigitStyle.LATIN.shape("الربع ٣ من 2026، النسبة ٦٥٫٧٪ من ١٬٢٠٠"))
                .isEqualTo("الربع 3 من 2026، النسبة 65.7% من 1,200");
    }

    @Test
    void arabicIndicTurnsLatinDigitsButKeepsCodesLinksAndAddresses() {
        String text = "قُبل 3 طلبات، رقم المتابعة \u20661448-000398\u2069 في 2026، https://x.sa/s?t=a1-2 و a1@x.sa";
        assertThat(DigitStyle.ARABIC_INDIC.shape(text))
                .isEqualTo("قُبل ٣ طلبات، رقم المتابعة \u20661448-000398\u2069 في ٢٠٢٦، https://x.sa/s?t=a1-2 و a1@x.sa");
    }

    @Test
    void arabicIndicWritesTheArabicSeparatorsAndPercentSign() {
        assertThat(DigitStyle.ARABIC_INDIC.shape("النسبة 65.7% من 1,200، وقف."))
                .isEqualTo("النسبة ٦٥٫٧٪ من ١٬٢٠٠، وقف.");
    }

    @Test
    void textWithoutDigitsIsTheSameObject() {
        String text = "لا أرقام هنا";
        assertThat(DigitStyle.ARABIC_INDIC.shape(text)).isSameAs(text);
        assertThat(DigitStyle.LATIN.shape(text)).isSameAs(text);
        assertThat(DigitStyle.of("ARABIC_INDIC")).isEqualTo(DigitStyle.ARABIC_INDIC);
        assertThat(DigitStyle.of(null)).isEqualTo(DigitStyle.LATIN);
    }
}
