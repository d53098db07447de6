package org.ektefaa.satisfaction.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.satisfaction.boundary.SurveyTemplates;
import org.ektefaa.satisfaction.entity.Question;
import org.ektefaa.satisfaction.entity.SurveyQuestion;
import org.ektefaa.satisfaction.entity.SurveySettings;
import org.ektefaa.satisfaction.entity.SurveyTemplate;

/**
 * The survey designer: the current questionnaires, each question's wording in Arabic and English and
 * whether it is asked; saving makes a new version (answers keep theirs). A new questionnaire can be made
 * for one request type and/or channel. Also the survey settings (expiry, reminder, minimum group, low score).
 */
@Named
@ViewScoped
public class DesignerView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    /** A question as the designer edits it. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;
        private final Question question;
        private boolean asked;
        private String textAr;
        private String textEn;

        Line(Question question, boolean asked, String textAr, String textEn) {
            this.question = question;
            this.asked = asked;
            this.textAr = textAr;
            this.textEn = textEn;
        }

        public Question getQuestion() {
            return question;
        }

        public boolean isAsked() {
            return asked;
        }

        public void setAsked(boolean asked) {
            this.asked = asked;
        }

        public String getTextAr() {
            return textAr;
        }

        public void setTextAr(String textAr) {
            this.textAr = textAr;
        }

        public String getTextEn() {
            return textEn;
        }

        public void setTextEn(String textEn) {
            this.textEn = textEn;
        }
    }


    @Inject
    SurveyTemplates surveyTemplates;

    private List<SurveyTemplate> templates;
    private Long editing;
    private String nameAr;
    private String nameEn;
    private List<Line> lines = new ArrayList<>();
    private List<SurveyTemplate> versions = List.of();

    private String newFamily;
    private RequestType newType;
    private ContactChannel newChannel;

    private long settingsVersion;
    private int expiryDays;
    private int reminderAfterDays;
    private int minGroupSize;
    private int lowScore;

    @PostConstruct
    void init() {
        templates = surveyTemplates.currentTemplates();
        if (!templates.isEmpty()) {
            edit(templates.get(0).getId());
        }
        loadSettings();
    }

    public void edit(long id) {
        SurveyTemplate template = surveyTemplates.template(id).orElseThrow();
        editing = template.getId();
        nameAr = template.getName().getAr();
        nameEn = template.getName().getEn();
        lines = new ArrayList<>();
        for (Question question : Question.values()) {
            lines.add(template.question(question)
                    .map(q -> new Line(question, true, q.getTextAr(), q.getTextEn()))
                    .orElseGet(() -> new Line(question, false, label(question, "ar"), label(question, "en"))));
        }
        versions = surveyTemplates.versions(template.getFamily());
    }

    public void save() {
        try {
            SurveyTemplate next = surveyTemplates.revise(editing, new LocalizedName(trim(nameAr), trim(nameEn)), questions());
            templates = surveyTemplates.currentTemplates();
            edit(next.getId());
            notices.info("sat", "designer.saved", next.getRevision());
        } catch (RuleViolation violation) {
            notices.refused("sat", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    /** A new questionnaire for a request type and/or channel, starting from the wording on screen. */
    public void create() {
        try {
            SurveyTemplate created = surveyTemplates.create(newFamily, new LocalizedName(trim(nameAr), trim(nameEn)), newType,
                    newChannel, questions());
            templates = surveyTemplates.currentTemplates();
            edit(created.getId());
            newFamily = null;
            notices.info("sat", "designer.created");
        } catch (RuleViolation violation) {
            notices.refused("sat", violation);
        }
    }

    public void saveSettings() {
        try {
            surveyTemplates.changeSettings(settingsVersion, expiryDays, reminderAfterDays, minGroupSize, lowScore);
            loadSettings();
            notices.info("sat", "settings.saved");
        } catch (RuleViolation violation) {
            notices.refused("sat", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    private List<SurveyQuestion> questions() {
        List<SurveyQuestion> asked = new ArrayList<>();
        int position = 1;
        for (Line line : lines) {
            if (line.asked) {
                asked.add(new SurveyQuestion(position++, line.question, trim(line.textAr), trim(line.textEn)));
            }
        }
        return asked;
    }

    private void loadSettings() {
        SurveySettings settings = surveyTemplates.settings();
        settingsVersion = settings.getVersion();
        expiryDays = settings.getExpiryDays();
        reminderAfterDays = settings.getReminderAfterDays();
        minGroupSize = settings.getMinGroupSize();
        lowScore = settings.getLowScore();
    }

    private static String label(Question question, String language) {
        return ResourceBundle.getBundle("org.ektefaa.satisfaction.i18n.messages", Locale.forLanguageTag(language))
                .getString("question." + question);
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    public List<SurveyTemplate> getTemplates() {
        return templates;
    }

    public Long getEditing() {
        return editing;
    }

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<SurveyTemplate> getVersions() {
        return versions;
    }

    public RequestType[] getRequestTypes() {
        return RequestType.values();
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public String getNewFamily() {
        return newFamily;
    }

    public void setNewFamily(String newFamily) {
        this.newFamily = newFamily;
    }

    public RequestType getNewType() {
        return newType;
    }

    public void setNewType(RequestType newType) {
        this.newType = newType;
    }

    public ContactChannel getNewChannel() {
        return newChannel;
    }

    public void setNewChannel(ContactChannel newChannel) {
        this.newChannel = newChannel;
    }

    public int getExpiryDays() {
        return expiryDays;
    }

    public void setExpiryDays(int expiryDays) {
        this.expiryDays = expiryDays;
    }

    public int getReminderAfterDays() {
        return reminderAfterDays;
    }

    public void setReminderAfterDays(int reminderAfterDays) {
        this.reminderAfterDays = reminderAfterDays;
    }

    public int getMinGroupSize() {
        return minGroupSize;
    }

    public void setMinGroupSize(int minGroupSize) {
        this.minGroupSize = minGroupSize;
    }

    public int getLowScore() {
        return lowScore;
    }

    public void setLowScore(int lowScore) {
        this.lowScore = lowScore;
    }
}
