package org.ektefaa.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.reporting.boundary.Reports;
import org.ektefaa.reporting.boundary.ImprovementPlan;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.entity.ArchivedReport;
import org.ektefaa.reporting.entity.ImprovementAction;
import org.ektefaa.reporting.entity.Targets;

/**
 * The reports page: the archive (board members read and download), producing a report for a chosen period
 * on demand, the CSV behind it, and, for the quality officer, the targets and the improvement actions.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    ImprovementPlan improvementPlan;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.reporting.boundary.FactRebuild rebuild;

    @Inject
    org.ektefaa.reporting.control.ReportTemplates templates;

    private List<ArchivedReport> archive;
    private Reports.Kind kind = Reports.Kind.QUARTERLY;
    private LocalDate from;
    private LocalDate to;
    private String language = "ar";
    private String meeting;

    private long targetsVersion;
    private BigDecimal csat;
    private BigDecimal nps;
    private BigDecimal within;
    private BigDecimal median;
    private BigDecimal response;

    private String actionText;
    private String actionOwner;
    private LocalDate actionDue;
    /** The action being corrected in the form, with the version seen; null while adding. */
    private Long editingId;
    private long editingVersion;
    /** The action about to be withdrawn, with the version seen, and why. */
    private Long withdrawingId;
    private long withdrawingVersion;
    private String withdrawReason;

    @PostConstruct
    void init() {
        Period last = Period.quarterOf(LocalDate.now(clock)).previous();
        from = last.start();
        to = last.end();
        // a report is produced in the language the person works in, unless they choose the other (issue #22)
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        language = faces != null && faces.getViewRoot() != null
                && "en".equals(faces.getViewRoot().getLocale().getLanguage()) ? "en" : "ar";
        archive = reports.archive(200);
        loadTargets();
    }

    public void kindChanged() {
        Period last = kind == Reports.Kind.MONTHLY ? Period.monthOf(LocalDate.now(clock)).previous()
                : Period.quarterOf(LocalDate.now(clock)).previous();
        from = last.start();
        to = last.end();
    }

    public void produce() {
        try {
            ArchivedReport produced = reports.produce(kind, new Period(from, to), language, meeting);
            archive = reports.archive(200);
            notices.info("rep", "reports.produced.done", produced.getId());
        } catch (IllegalArgumentException badPeriod) {
            notices.error("rep", "reports.error.period");
        } catch (RuleViolation violation) {
            notices.refused("rep", violation);
        }
    }

    public String getExportLink() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/reporting/export?kind="
                + kind + "&from=" + from + "&to=" + to + "&lang=" + language;
    }

    public String getExcelLink() {
        return getExportLink() + "&format=xlsx";
    }

    public void saveTargets() {
        try {
            improvementPlan.changeTargets(targetsVersion, csat, nps, within, median, response);
            loadTargets();
            notices.info("rep", "targets.saved");
        } catch (RuleViolation violation) {
            notices.refused("rep", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    /** Adds the action in the form, or saves the correction of the one being edited. */
    public void addAction() {
        try {
            if (editingId == null) {
                improvementPlan.addAction(from, actionText, actionOwner, actionDue);
            } else {
                improvementPlan.changeAction(editingId, editingVersion, actionText, actionOwner, actionDue);
            }
            notices.info("rep", editingId == null ? "actions.saved" : "actions.changed");
            cancelAction();
        } catch (RuleViolation violation) {
            notices.refused("rep", violation);
        } catch (OptimisticLockException concurrent) {
            changedMeanwhile();
        }
    }

    /**
     * Someone saved the action being corrected first (review of #23: the form kept the old version, so every later
     * save failed until Cancel). The correction (or the reason for withdrawing) typed stays in the form; the form now stands on the action as saved
     * meanwhile, whose text the notice quotes, so saving again replaces it knowingly. A withdrawn or done action
     * leaves the form.
     */
    private void changedMeanwhile() {
        Long id = editingId != null ? editingId : withdrawingId;
        ImprovementAction now = getActions().stream().filter(a -> a.getId().equals(id)).findFirst().orElse(null);
        if (now == null || now.getWithdrawnAt() != null || now.getDoneAt() != null) {
            notices.editedMeanwhile();
            cancelAction();
            return;
        }
        if (editingId != null) {
            editingVersion = now.getVersion();
            notices.warn("rep", "actions.changedMeanwhile", now.getText());
        } else {
            withdrawingVersion = now.getVersion();
            notices.warn("rep", "actions.changedMeanwhileWithdraw", now.getText());
        }
    }

    /** Puts an action in the form to be corrected. */
    public void editAction(ImprovementAction action) {
        withdrawingId = null;
        editingId = action.getId();
        editingVersion = action.getVersion();
        actionText = action.getText();
        actionOwner = action.getOwner();
        actionDue = action.getDueOn();
    }

    /** Leaves the correction or the withdrawal; the form is for a new action again. */
    public void cancelAction() {
        editingId = null;
        withdrawingId = null;
        withdrawReason = null;
        actionText = null;
        actionOwner = null;
        actionDue = null;
    }

    /** Asks why an action is withdrawn before withdrawing it. */
    public void askWithdraw(ImprovementAction action) {
        cancelAction();
        withdrawingId = action.getId();
        withdrawingVersion = action.getVersion();
    }

    public void withdrawAction() {
        try {
            improvementPlan.withdrawAction(withdrawingId, withdrawingVersion, withdrawReason);
            notices.info("rep", "actions.withdrawn");
            cancelAction();
        } catch (RuleViolation violation) {
            notices.refused("rep", violation);
        } catch (OptimisticLockException concurrent) {
            changedMeanwhile();
        }
    }

    /** The association's own templates that were set aside (administrators fix them), each with why. */
    public List<String> getTemplateProblems() {
        return templates.problems();
    }

    /** Where an association puts its own templates. */
    public String getTemplateFolder() {
        return templates.folder().toString();
    }

    /** Marks an action carried out. */
    public void markDone(ImprovementAction action) {
        try {
            improvementPlan.markDone(action.getId(), action.getVersion());
            notices.info("rep", "actions.markedDone");
            cancelAction();
        } catch (RuleViolation violation) {
            notices.refused("rep", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public boolean isWithdrawing(ImprovementAction action) {
        return action.getId().equals(withdrawingId);
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    /** Administrators: add the facts of requests older than the reporting module. */
    public void rebuildFacts() {
        notices.info("rep", "rebuild.done", rebuild.rebuildRequests());
    }

    public List<ImprovementAction> getActions() {
        return from == null || to == null || to.isBefore(from) ? List.of() : improvementPlan.allActionsFor(new Period(from, to));
    }

    private void loadTargets() {
        Targets targets = improvementPlan.targets();
        targetsVersion = targets.getVersion();
        csat = targets.getCsat();
        nps = targets.getNps();
        within = targets.getWithinCommitment();
        median = targets.getMedianDays();
        response = targets.getResponseRate();
    }

    public Reports.Kind[] getKinds() {
        return Reports.Kind.values();
    }

    public List<ArchivedReport> getArchive() {
        return archive;
    }

    public Reports.Kind getKind() {
        return kind;
    }

    public void setKind(Reports.Kind kind) {
        this.kind = kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public BigDecimal getCsat() {
        return csat;
    }

    public void setCsat(BigDecimal csat) {
        this.csat = csat;
    }

    public BigDecimal getNps() {
        return nps;
    }

    public void setNps(BigDecimal nps) {
        this.nps = nps;
    }

    public BigDecimal getWithin() {
        return within;
    }

    public void setWithin(BigDecimal within) {
        this.within = within;
    }

    public BigDecimal getMedian() {
        return median;
    }

    public void setMedian(BigDecimal median) {
        this.median = median;
    }

    public BigDecimal getResponse() {
        return response;
    }

    public void setResponse(BigDecimal response) {
        this.response = response;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
