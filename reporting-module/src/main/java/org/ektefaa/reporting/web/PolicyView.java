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
    private List<org.ektefaa.platform.api.PolicyVersions.Version> allVersions;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(clock);
        period = new Period(Period.quarterOf(today).start(), today);
        allVersions = versions.all();
        clauses = figures.clauses(period, FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    /** The version of the policy in force today: the newest approved by then (the list is newest first). */
    public org.ektefaa.platform.api.PolicyVersions.Version getInForce() {
        return allVersions.stream().filter(v -> !v.approvedOn().isAfter(period.end())).findFirst().orElse(null);
    }

    public List<org.ektefaa.platform.api.PolicyVersions.Version> getVersions() {
        return allVersions;
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
