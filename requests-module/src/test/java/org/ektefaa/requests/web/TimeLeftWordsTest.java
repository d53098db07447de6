package org.ektefaa.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The decision queue says the time left in words, never "-78" (issue #21): each count takes the plural form its
 * language needs (Arabic has one, two, a few and many).
 */
class TimeLeftWordsTest {

    private static String words(String key, long days, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.ektefaa.requests.i18n.messages", locale);
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {days});
    }

    @Test
    void englishCountsDaysAndDeliveries() {
        assertThat(words("queue.left.overdue", 78, Locale.ENGLISH)).isEqualTo("Overdue by 78 days");
        assertThat(words("queue.left.overdue", 1, Locale.ENGLISH)).isEqualTo("Overdue by 1 day");
        assertThat(words("queue.left.due", 3, Locale.ENGLISH)).isEqualTo("Due in 3 days");
        assertThat(words("queue.aidCount", 1, Locale.ENGLISH)).isEqualTo("1 delivery");
        assertThat(words("queue.confirmApprove", 4, Locale.ENGLISH)).isEqualTo("Approve these 4 requests?");
        assertThat(words("queue.confirmApprove", 1, Locale.ENGLISH)).isEqualTo("Approve this request?");
    }

    @Test
    void arabicTakesTheFormEachNumberNeeds() {
        Locale arabic = Locale.forLanguageTag("ar");
        assertThat(words("queue.left.overdue", 1, arabic)).isEqualTo("متأخر يومًا واحدًا");
        assertThat(words("queue.left.overdue", 2, arabic)).isEqualTo("متأخر يومين");
        assertThat(words("queue.left.due", 3, arabic)).matches("باقٍ [٣3] أيام");
        assertThat(words("queue.left.overdue", 78, arabic)).matches("متأخر [٧7][٨8] يومًا");
        assertThat(words("queue.aidCount", 2, arabic)).isEqualTo("تسليمان");
    }
}
