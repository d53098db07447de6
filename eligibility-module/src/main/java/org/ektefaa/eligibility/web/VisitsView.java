package org.ektefaa.eligibility.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.eligibility.boundary.Visits;
import org.ektefaa.eligibility.entity.Visit;

/**
 * "Home visits" (issue #26). Who opens it: a researcher (a relations officer) on a phone, in the morning and between
 * visits — which households are mine, which is due first, which are late; the executive or the reception supervisor,
 * to see who is behind and which files wait for a visit. What they need: per visit the household's name and
 * beneficiary number, the city, the due date with late ones marked, and one tap to open the visit's form.
 */
@Named
@ViewScoped
public class VisitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Visits visits;

    @Inject
    BeneficiaryDirectory files;

    @Inject
    Clock clock;

    private List<Visit> mine;
    private List<Visit> everyone;
    @Inject
    org.ektefaa.platform.api.web.Notices notices;

    private Map<String, String> researchers;
    private final Map<Long, BeneficiarySummary> summaries = new HashMap<>();
    private final Map<Long, String> cities = new HashMap<>();

    @PostConstruct
    void load() {
        mine = visits.mine();
        everyone = supervises() ? visits.everyonesOpen() : List.of();
        researchers = visits.researcherNames(everyone, notices.text("elg", "visit.offered"),
                notices.text("elg", "visit.volunteer"));
        Set<Long> ids = new HashSet<>();
        mine.forEach(v -> ids.add(v.getFileId()));
        everyone.forEach(v -> ids.add(v.getFileId()));
        summaries.putAll(files.summaries(ids));
        files.householdFacts(ids).forEach((id, facts) -> cities.put(id, facts.city()));
    }

    /** The executive and administrators see everyone's visits; a researcher sees their own. */
    public boolean supervises() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getExternalContext().isUserInRole("EXECUTIVE") || context.getExternalContext().isUserInRole("ADMIN");
    }

    public List<Visit> getMine() {
        return mine;
    }

    public List<Visit> getEveryone() {
        return everyone;
    }

    public String name(long fileId) {
        BeneficiarySummary s = summaries.get(fileId);
        return s == null ? "" : s.fullName();
    }

    public String number(long fileId) {
        BeneficiarySummary s = summaries.get(fileId);
        return s == null ? "" : s.beneficiaryNumber();
    }

    public String city(long fileId) {
        return cities.getOrDefault(fileId, "");
    }

    public String researcher(String username) {
        return researchers.getOrDefault(username, username);
    }

    public boolean overdue(Visit visit) {
        return visit.isOverdue(LocalDate.now(clock));
    }

    public long getOverdueCount() {
        LocalDate today = LocalDate.now(clock);
        return (supervises() ? everyone : mine).stream().filter(v -> v.isOverdue(today)).count();
    }
}
