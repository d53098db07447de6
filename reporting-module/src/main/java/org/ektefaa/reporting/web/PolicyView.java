package org.ektefaa.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ektefaa.reporting.boundary.PolicyFigures;
import org.ektefaa.reporting.control.Period;

/** The policy page: every clause in Arabic and English, what the system does for it and its figure this quarter. */
@Named
@ViewScoped
public class PolicyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PolicyFigures figures;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.platform.api.PolicyVersions versions;

    private List<PolicyFigures.Clause> clauses;
    private Period period;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(clock);
        period = new Period(Period.quarterOf(today).start(), today);
        clauses = figures.clauses(period, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    /** The version of the policy in force today, and every version, newest first. */
    public org.ektefaa.platform.api.PolicyVersions.Version getInForce() {
        return versions.inForceOn(period.end()).orElse(null);
    }

    public List<org.ektefaa.platform.api.PolicyVersions.Version> getVersions() {
        return versions.all();
    }

    public List<PolicyFigures.Clause> getClauses() {
        return clauses;
    }

    public LocalDate getFrom() {
        return period.start();
    }

    public LocalDate getTo() {
        return period.end();
    }
}
