package org.ektefaa.satisfaction.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ektefaa.satisfaction.boundary.Figures;
import org.ektefaa.satisfaction.boundary.SurveyTemplates;

/**
 * An employee's own satisfaction figures over the last 90 days, on their dashboard, and only once enough
 * people answered that no single answer can be recognised (policy §3.6).
 */
@Named
@RequestScoped
public class MyFiguresView {

    @Inject
    Figures figures;


    @Inject
    SurveyTemplates surveyTemplates;

    @Inject
    Clock clock;

    private Optional<Figures.Row> mine;

    @PostConstruct
    void init() {
        String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        Instant to = LocalDate.now(clock).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant from = to.minus(java.time.Duration.ofDays(91));
        mine = me == null ? Optional.empty() : figures.mine(from, to);
    }

    public Figures.Row getRow() {
        return mine.orElse(null);
    }

    public int getMinimum() {
        return surveyTemplates.settings().getMinGroupSize();
    }
}
