package org.ektefaa.eligibility.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.eligibility.boundary.Renewals;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * "Renewals" (issue #26). Who opens it: reception, in the morning or once a week — whose eligibility ended and
 * whose ends within a month, who was already asked to come with their updated income and documents, and who not
 * yet; the executive, to see how many registered households hold an eligibility that has run out. What they need: per
 * file the name, the beneficiary number, the mobile, the category, the day the eligibility ends (both calendars)
 * and how many days are left or have passed, when the person was asked; one action to ask the chosen people by
 * message, and a link to the file, where the renewal itself is recorded.
 */
@Named
@ViewScoped
public class RenewalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rows shown of each list (the earliest end first). */
    static final int SHOWN = 200;

    @Inject
    Renewals renewals;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    private java.util.HashMap<String, String> categories;

    private boolean ended;
    private List<Renewals.Due> rows;
    private long[] counts;
    private List<Renewals.Due> chosen = new ArrayList<>();

    @PostConstruct
    void load() {
        counts = renewals.counts();
        rows = renewals.due(ended, 0, SHOWN);
    }

    /** Which list: ended, or ending within the notice days. */
    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }

    /** Shows the list of the files whose eligibility ended ({@code true}) or ends within the notice days. */
    public void show(boolean ended) {
        this.ended = ended;
        chosen = new ArrayList<>();
        load();
    }

    public List<Renewals.Due> getRows() {
        return rows;
    }

    public long getEndingSoon() {
        return counts[0];
    }

    public long getEndedCount() {
        return counts[1];
    }

    /** How many the list holds beyond the rows shown. */
    public long getMore() {
        return Math.max(0, (ended ? counts[1] : counts[0]) - rows.size());
    }

    /** Days from today to the end (negative once it has passed). */
    public long daysLeft(Renewals.Due due) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock), due.renewal().getValidUntil());
    }

    /** A category's name in the page's language. */
    public String category(String code) {
        if (categories == null) {
            categories = new java.util.HashMap<>(files.categoryNames(
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
        return code == null ? "" : categories.getOrDefault(code, code);
    }

    public List<Renewals.Due> getChosen() {
        return chosen;
    }

    public void setChosen(List<Renewals.Due> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    /** Asks the chosen people to bring their updated income and documents. */
    public void ask() {
        if (chosen.isEmpty()) {
            notices.warn("elg", "renewals.chooseFirst");
            return;
        }
        try {
            int asked = renewals.ask(chosen.stream().map(d -> d.renewal().getFileId()).toList());
            notices.info("elg", "renewals.asked", asked);
            chosen = new ArrayList<>();
            load();
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
    }
}
