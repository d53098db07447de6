package org.ektefaa.satisfaction.entity;

/** What became of a suggestion written in a survey, so suggestions turn into improvement actions (§3.7). */
public enum SuggestionStatus {
    NEW, UNDER_STUDY, ADOPTED, DECLINED
}
