package org.ektefaa.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.boundary.Assessments;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * The eligibility tab of a file (issue #26). Who opens it: reception, to see which criteria are not known yet (a
 * document to ask for, an income to verify); the executive, to see why a file is or is not eligible and how great
 * its need is. What they need: the outcome, each criterion in words, the score with its breakdown, when it was
 * assessed and until when it holds, and a way to assess again after adding what was missing; the home visits with
 * what they found and recommended, and a way to send a researcher (or to cancel a visit, saying why).
 */
@Named
@ViewScoped
public class StandingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assessments assessments;

    @Inject
    Notices notices;

    @Inject
    org.ektefaa.eligibility.boundary.Visits visits;

    @Inject
    java.time.Clock clock;

    /** The files' visits read for this view (newest first). */
    private final HashMap<Long, java.util.List<org.ektefaa.eligibility.entity.Visit>> visitsRead = new HashMap<>();
    private java.util.Map<String, String> researchers;
    private String researcher;
    private java.time.LocalDate dueOn;
    private String reason;
    private String cancelReason;
    private HashMap<String, String> documentNames;

    @Inject
    org.ektefaa.beneficiaries.api.BeneficiaryDirectory files;

    /** The files read for this view, with their latest assessment (null: never assessed). */
    private final HashMap<Long, Standing> read = new HashMap<>();

    /** The file's latest assessment, or null when it was never assessed. */
    public Standing of(long fileId) {
        if (!read.containsKey(fileId)) {
            read.put(fileId, assessments.latest(fileId).orElse(null));
        }
        return read.get(fileId);
    }

    /** The file's visits, newest first (cancelled ones too: why is kept). */
    public java.util.List<org.ektefaa.eligibility.entity.Visit> visits(long fileId) {
        return visitsRead.computeIfAbsent(fileId, visits::ofFile);
    }

    /** The visit still to be done, or null. */
    public org.ektefaa.eligibility.entity.Visit openVisit(long fileId) {
        return visits(fileId).stream().filter(v -> v.getStatus() == org.ektefaa.eligibility.entity.VisitStatus.ASSIGNED)
                .findFirst().orElse(null);
    }

    /** Who may be sent: the relations officers, but not the one choosing (nobody sends themself). */
    public java.util.Map<String, String> getResearchers() {
        if (researchers == null) {
            researchers = new java.util.LinkedHashMap<>(visits.researchers());
            String me = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            if (me != null) {
                researchers.remove(me);
            }
        }
        return researchers;
    }

    public String researcherName(String username) {
        return visits.researchers().getOrDefault(username, username);
    }

    public boolean overdue(org.ektefaa.eligibility.entity.Visit visit) {
        return visit.isOverdue(java.time.LocalDate.now(clock));
    }

    /** Sends a researcher to the household; the file is assessed again ("a home visit is due"). */
    public void assign(long fileId) {
        try {
            visits.assign(fileId, researcher, dueOn, reason);
            notices.info("elg", "visit.assigned");
            researcher = null;
            dueOn = null;
            reason = null;
            refresh(fileId);
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
    }

    /** Gives the visit to be done to another researcher, or a new due date. */
    public void reassign(long fileId) {
        org.ektefaa.eligibility.entity.Visit open = openVisit(fileId);
        if (open == null) {
            return;
        }
        try {
            visits.reassign(open.getId(), open.getVersion(), researcher, dueOn);
            notices.info("elg", "visit.reassigned");
            researcher = null;
            dueOn = null;
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        } catch (jakarta.persistence.OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        refresh(fileId);
    }

    /** A finding's words: the criterion's kind, and the document's name for a required document. */
    public String documentName(String code) {
        if (code == null) {
            return "";
        }
        if (documentNames == null) {
            documentNames = new HashMap<>(files.documentNames(
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
        return documentNames.getOrDefault(code, code);
    }

    public void cancel(long fileId) {
        org.ektefaa.eligibility.entity.Visit open = openVisit(fileId);
        if (open == null) {
            return;
        }
        try {
            visits.cancel(open.getId(), open.getVersion(), cancelReason);
            notices.info("elg", "visit.cancelled");
            cancelReason = null;
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        } catch (jakarta.persistence.OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        refresh(fileId);
    }

    private void refresh(long fileId) {
        visitsRead.remove(fileId);
        read.remove(fileId);
    }

    /** The first day a visit may be due (today) and the last. */
    public java.time.LocalDate getToday() {
        return java.time.LocalDate.now(clock);
    }

    public java.time.LocalDate getLatestDue() {
        return getToday().plusDays(60);
    }

    public String getResearcher() {
        return researcher;
    }

    public void setResearcher(String researcher) {
        this.researcher = researcher;
    }

    public java.time.LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(java.time.LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public void again(long fileId) {
        try {
            read.put(fileId, assessments.assessAgain(fileId));
            notices.info("elg", "standing.assessed");
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
    }
}
