package org.ektefaa.satisfaction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;

/** One question of a template version, in its position, with its wording in Arabic and English. */
@Embeddable
public class SurveyQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Question question;

    @Column(name = "text_ar", nullable = false)
    private String textAr;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    protected SurveyQuestion() {
    }

    public SurveyQuestion(int position, Question question, String textAr, String textEn) {
        this.position = position;
        this.question = question;
        this.textAr = textAr;
        this.textEn = textEn;
    }

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEn : textAr;
    }

    public int getPosition() {
        return position;
    }

    public Question getQuestion() {
        return question;
    }

    public String getTextAr() {
        return textAr;
    }

    public String getTextEn() {
        return textEn;
    }
}
