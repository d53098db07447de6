package org.ektefaa.aid.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.aid.boundary.Entitlements;
import org.ektefaa.aid.entity.Entitlement;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * The file's "Aid" tab (issue #27). Who opens it: reception, when the person asks what they are to receive and when;
 * the executive, when a household's situation changes (a member found work, a family moved away, a payment to hold
 * while something is checked). What they need: each entitlement with its programme, fund, how much each instalment is,
 * the schedule and the next due day, what is left and what was cancelled; and, for the executive, a way to suspend it
 * (until a day, or until resumed), resume it, end it or keep fewer instalments — always saying why, and never over
 * someone else's change.
 */
@Named
@ViewScoped
public class AidTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the executive does to the entitlement opened for a change. */
    public enum Change { SUSPEND, RESUME, END, SHORTEN }

    @Inject
    Entitlements entitlements;

    @Inject
    Notices notices;

    @Inject
    java.time.Clock clock;

    private final Map<Long, List<Entitlement>> read = new HashMap<>();
    private Map<String, Programme> programmes;
    private Map<String, Fund> fundsByCode;

    /** The entitlement opened for a change (its id and the version shown), and the change asked. */
    private Long changing;
    private long changingVersion;
    /** What the change panel names: the programme's name and the request's tracking number; and what may be done. */
    private String changingProgramme;
    private String changingTracking;
    private List<Change> changes = List.of();
    private Change change = Change.SUSPEND;
    private String reason;
    private LocalDate until;
    private Integer keep;

    /** The file's entitlements, newest first. */
    public List<Entitlement> of(long fileId) {
        return read.computeIfAbsent(fileId, entitlements::ofFile);
    }

    public Programme programme(Entitlement entitlement) {
        if (programmes == null) {
            programmes = entitlements.programmes();
        }
        return programmes.get(entitlement.getProgrammeCode());
    }

    /** The fund's name in the page's language. */
    public String fundName(Entitlement entitlement, java.util.Locale locale) {
        if (fundsByCode == null) {
            fundsByCode = entitlements.funds();
        }
        Fund fund = fundsByCode.get(entitlement.getFundCode());
        return fund == null ? entitlement.getFundCode() : fund.name(locale);
    }

    /** The entitlement's status today (a suspension whose last day has passed reads active). */
    public Entitlement.Status statusOf(Entitlement entitlement) {
        return entitlement.statusOn(getToday());
    }

    /** How many instalments it gives, those cancelled left out. */
    public long planned(Entitlement entitlement) {
        return entitlement.getInstalments().size() - cancelled(entitlement);
    }

    /** How many instalments are still due, and how many were cancelled. */
    public long due(Entitlement entitlement) {
        return entitlement.getInstalments().stream().filter(org.ektefaa.aid.entity.Instalment::isDue).count();
    }

    public long cancelled(Entitlement entitlement) {
        return entitlement.getInstalments().stream().filter(org.ektefaa.aid.entity.Instalment::isCancelled).count();
    }

    /** The next day an instalment is due, or null. */
    public LocalDate nextDue(Entitlement entitlement) {
        return entitlement.nextDue().map(org.ektefaa.aid.entity.Instalment::getDueOn).orElse(null);
    }

    /** Opens an entitlement for a change, as shown now. */
    public void open(Entitlement entitlement) {
        changing = entitlement.getId();
        changingVersion = entitlement.getVersion();
        changingTracking = entitlement.getTrackingNumber();
        Programme programme = programme(entitlement);
        changingProgramme = programme == null ? entitlement.getProgrammeCode()
                : programme.name(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
        boolean suspended = entitlement.statusOn(getToday()) == Entitlement.Status.SUSPENDED;
        changes = new java.util.ArrayList<>(List.of(suspended ? Change.RESUME : Change.SUSPEND, Change.END));
        if (due(entitlement) > 1) {
            changes.add(Change.SHORTEN);
        }
        change = changes.get(0);
        reason = null;
        until = null;
        keep = null;
    }

    public void cancel() {
        changing = null;
    }

    /** Applies the change to the entitlement as it was shown; the tab is read again. */
    public void apply(long fileId) {
        if (changing == null) {
            return;
        }
        try {
            switch (change) {
                case SUSPEND -> entitlements.suspend(changing, changingVersion, reason, until);
                case RESUME -> entitlements.resume(changing, changingVersion);
                case END -> entitlements.end(changing, changingVersion, reason);
                case SHORTEN -> {
                    if (keep == null) {
                        throw new RuleViolation("entitlement.error.shortenCount");
                    }
                    entitlements.shorten(changing, changingVersion, keep);
                }
            }
            notices.info("aid", "entitlement.changed." + change);
            changing = null;
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        } catch (OptimisticLockException | jakarta.transaction.TransactionalException concurrent) {
            notices.editedMeanwhile();
            changing = null;
        }
        read.remove(fileId);
    }

    /** Whether the executive (or an administrator) may change entitlements: the others read them. */
    public boolean mayChange() {
        jakarta.faces.context.ExternalContext context =
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole("EXECUTIVE") || context.isUserInRole("ADMIN");
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    /** The changes the entitlement opened allows: suspend or resume, end, and shorten while more than one is due. */
    public List<Change> getChanges() {
        return changes;
    }

    public String getChangingProgramme() {
        return changingProgramme;
    }

    public String getChangingTracking() {
        return changingTracking;
    }

    public Long getChanging() {
        return changing;
    }

    public Change getChange() {
        return change;
    }

    public void setChange(Change change) {
        this.change = change;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getKeep() {
        return keep;
    }

    public void setKeep(Integer keep) {
        this.keep = keep;
    }
}
