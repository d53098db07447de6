package org.ektefaa.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ektefaa.platform.api.MessageTexts;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.platform.boundary.Texts;

/**
 * {@code /admin/texts.xhtml}: administrators reword the messages sent to people (notices, survey invitations,
 * volunteer e-mails) in Arabic and English, keeping their placeholders; "reset" brings the original back.
 */
@Named
@ViewScoped
public class TextsView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    /** One editable text in both languages. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String bundle;
        private final String var;
        private final String key;
        private String arabic;
        private String english;
        private boolean changed;

        Row(String bundle, String var, String key) {
            this.bundle = bundle;
            this.var = var;
            this.key = key;
        }

        /** The module's bundle variable, where the text's title ({@code text.<key>}) and placeholders are. */
        public String getVar() {
            return var;
        }

        public String getBundle() {
            return bundle;
        }

        public String getKey() {
            return key;
        }

        public String getArabic() {
            return arabic;
        }

        public void setArabic(String arabic) {
            this.arabic = arabic;
        }

        public String getEnglish() {
            return english;
        }

        public void setEnglish(String english) {
            this.english = english;
        }

        public boolean isChanged() {
            return changed;
        }
    }

    @Inject
    Texts texts;

    @Inject
    Instance<MessageTexts.Editable> editables;

    private List<Row> rows;

    @PostConstruct
    void init() {
        rows = new ArrayList<>();
        List<MessageTexts.Editable> sorted = editables.stream()
                .sorted(Comparator.comparing(MessageTexts.Editable::bundle)).toList();
        for (MessageTexts.Editable editable : sorted) {
            for (String key : editable.keys()) {
                rows.add(load(new Row(editable.bundle(), editable.var(), key)));
            }
        }
    }

    /** The text named in words, from its module's bundle ({@code text.<key>}). */
    public String title(Row row) {
        return notices.text(row.var, "text." + row.key);
    }

    /** What each placeholder of the text is filled with ({@code text.<key>.placeholders}). */
    public String placeholders(Row row) {
        return notices.text(row.var, "text." + row.key + ".placeholders");
    }

    private Row load(Row row) {
        row.arabic = texts.pattern(row.bundle, row.key, java.util.Locale.forLanguageTag("ar"));
        row.english = texts.pattern(row.bundle, row.key, java.util.Locale.ENGLISH);
        row.changed = texts.isChanged(row.bundle, row.key, "ar") || texts.isChanged(row.bundle, row.key, "en");
        return row;
    }

    public void save(Row row) {
        try {
            if (!row.arabic.equals(texts.pattern(row.bundle, row.key, java.util.Locale.forLanguageTag("ar")))) {
                texts.change(row.bundle, row.key, "ar", row.arabic);
            }
            if (!row.english.equals(texts.pattern(row.bundle, row.key, java.util.Locale.ENGLISH))) {
                texts.change(row.bundle, row.key, "en", row.english);
            }
            notices.info("plt", "texts.saved");
        } catch (RuleViolation violation) {
            notices.refused("plt", violation);
        }
        load(row);
    }

    public void reset(Row row) {
        texts.reset(row.bundle, row.key, "ar");
        texts.reset(row.bundle, row.key, "en");
        load(row);
        notices.info("plt", "texts.reset");
    }

    public List<Row> getRows() {
        return rows;
    }
}
