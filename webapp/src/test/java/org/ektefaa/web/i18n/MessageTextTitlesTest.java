package org.ektefaa.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ektefaa.platform.api.MessageTexts;
import org.junit.jupiter.api.Test;

/**
 * Issue #22: the message-texts page names every text an administrator may reword in words, in both languages, and
 * explains each placeholder the original text uses — none left unexplained, none explained that it does not use.
 */
class MessageTextTitlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");

    @Test
    void everyEditableTextHasATitleAndItsPlaceholdersExplained() {
        List<MessageTexts.Editable> editables = List.of(
                new org.ektefaa.requests.control.ApplicantNotices.EditableNotices(),
                new org.ektefaa.aid.boundary.Rounds.EditableNotices(),
                new org.ektefaa.satisfaction.boundary.Surveys.EditableInvitations(),
                new org.ektefaa.volunteering.boundary.Volunteers.EditableMails(),
                new org.ektefaa.eligibility.boundary.Renewals.EditableNotices());
        for (MessageTexts.Editable editable : editables) {
            for (String language : new String[] {"ar", "en"}) {
                ResourceBundle bundle = ResourceBundle.getBundle(editable.bundle(), Locale.forLanguageTag(language));
                for (String key : editable.keys()) {
                    assertThat(bundle.containsKey("text." + key)).as(language + " title of " + key).isTrue();
                    String explained = bundle.getString("text." + key + ".placeholders");
                    assertThat(placeholders(explained)).as(language + " placeholders of " + key)
                            .isEqualTo(placeholders(bundle.getString(key)));
                }
            }
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
