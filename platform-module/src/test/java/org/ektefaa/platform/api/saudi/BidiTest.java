package org.ektefaa.platform.api.saudi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #22: the runs that a right-to-left paragraph reorders are isolated, and laid out by Java's own bidirectional
 * algorithm they keep their order; plain numbers and Latin words are left alone.
 */
class BidiTest {

    private static final char LRI = '\u2066';
    private static final char PDI = '\u2069';

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "سُجل الطلب. رقم المتابعة 1448-000398.|1448-000398",
            "السياسة §4|§4",
            "السياسة §5.4 تلزم|§5.4",
            "اجتماع المجلس 27-3|27-3",
            "الجوال +966555123456|+966555123456",
            "متأخر -78 يومًا|-78",
            "تاريخ 2026-12-06|2026-12-06",
            "من 1 - 5 أيام|1 - 5"})
    void aRunThatWouldBeReorderedIsIsolated(String text, String run) {
        String isolated = Bidi.isolateRuns(text);
        assertThat(isolated).contains(LRI + run + PDI);
        assertThat(visualOrder(isolated)).as("laid out right to left, the run keeps its order").contains(run);
        assertThat(visualOrder(text)).as("without the isolate it did not").doesNotContain(run);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"عدد الطلبات 14", "النسبة 65.7%", "تصدير (CSV)", "البند 5.4 هو", "Jaspersoft Studio"})
    void plainNumbersAndWordsAreLeftAlone(String text) {
        assertThat(Bidi.isolateRuns(text)).isEqualTo(text);
    }

    @Test
    void anEmailAddressIsOnePieceToo() {
        assertThat(Bidi.isolateRuns("البريد info@ektefaa.org.sa للتواصل")).contains(LRI + "info@ektefaa.org.sa" + PDI);
    }

    @Test
    void aLinkIsLeftExactlyAsItIs() {
        String sms = "قيّم الخدمة: https://ektefaa.org.sa/public/survey.xhtml?t=ab3-4cD9-12x&lang=ar حتى 2026-12-20";
        assertThat(Bidi.isolateRuns(sms)).contains("https://ektefaa.org.sa/public/survey.xhtml?t=ab3-4cD9-12x&lang=ar ")
                .contains(LRI + "2026-12-20" + PDI);
        assertThat(Bidi.isolateRuns("IBAN SA03-8000 x12-34")).isEqualTo("IBAN SA03-8000 x12-34");
    }

    /** A bundle's MessageFormat pattern keeps its placeholders intact (issue #22's bundle texts are isolated). */
    @Test
    void placeholdersOfAPatternAreLeftAsTheyAre() {
        String choice = "النتيجة {0,choice,-1#سالبة|0#لا شيء|1<كثيرة} و{1,number,#,##0} طلب في 27-3";
        assertThat(Bidi.isolateRuns(choice))
                .isEqualTo("النتيجة {0,choice,-1#سالبة|0#لا شيء|1<كثيرة} و{1,number,#,##0} طلب في " + LRI + "27-3" + PDI);
        assertThat(new java.text.MessageFormat(Bidi.isolateRuns(choice)).format(new Object[] {-1, 1200}))
                .contains("سالبة", "1,200");
    }

    @Test
    void isolatingTwiceChangesNothing() {
        String once = Bidi.isolateRuns("رقم المتابعة 1448-000398 والسياسة §4");
        assertThat(Bidi.isolateRuns(once)).isEqualTo(once);
        assertThat(Bidi.ltr(Bidi.ltr("1448-000398"))).isEqualTo(LRI + "1448-000398" + PDI);
        assertThat(Bidi.ltr(null)).isNull();
    }

    @Test
    void arabicIsRecognised() {
        assertThat(Bidi.hasArabic("Request 1448-000398")).isFalse();
        assertThat(Bidi.hasArabic("طلب 1448-000398")).isTrue();
    }

    /**
     * The characters of {@code text} in the order they appear on screen from left to right, in a right-to-left
     * paragraph (java.text.Bidi, which implements the isolates of Unicode 6.3).
     */
    static String visualOrder(String text) {
        java.text.Bidi bidi = new java.text.Bidi(text, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] objects = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            objects[i] = i;
        }
        java.text.Bidi.reorderVisually(levels, 0, objects, 0, runs);
        StringBuilder screen = new StringBuilder();
        for (Integer run : objects) {
            String piece = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            screen.append((bidi.getRunLevel(run) & 1) == 1 ? new StringBuilder(piece).reverse() : piece);
        }
        return screen.toString().replace(String.valueOf(LRI), "").replace(String.valueOf(PDI), "");
    }
}
