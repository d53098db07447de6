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

    @Inject
    org.ektefaa.eligibility.boundary.VisitPhotos visitPhotos;

    /** The photos of the visits read for this view, by visit (an empty list: none). */
    private final HashMap<Long, java.util.List<org.ektefaa.eligibility.entity.VisitPhoto>> photosRead = new HashMap<>();

    /** A visit's photos, read with those of the file's other visits in one query. */
    public java.util.List<org.ektefaa.eligibility.entity.VisitPhoto> photos(org.ektefaa.eligibility.entity.Visit visit) {
        if (!photosRead.containsKey(visit.getId())) {
            java.util.List<Long> ids = visits(visit.getFileId()).stream().map(org.ektefaa.eligibility.entity.Visit::getId)
                    .toList();
            java.util.Map<Long, java.util.List<org.ektefaa.eligibility.entity.VisitPhoto>> found = visitPhotos.of(ids);
            ids.forEach(id -> photosRead.put(id, new java.util.ArrayList<>(found.getOrDefault(id, java.util.List.of()))));
        }
        return photosRead.getOrDefault(visit.getId(), java.util.List.of());
    }

    /** The visit still to be done, or null. */
    public org.ektefaa.eligibility.entity.Visit openVisit(long fileId) {
        return visits(fileId).stream().filter(v -> v.getStatus() == org.ektefaa.eligibility.entity.VisitStatus.ASSIGNED)
                .findFirst().orElse(null);
    }

    /**
     * Whether the one signed in may give the open visit to another researcher or cancel it: the one who assigned it,
     * the executive or an administrator (the boundary refuses anyone else; the page does not offer it to them).
     */
    public boolean mayChange(long fileId) {
        org.ektefaa.eligibility.entity.Visit open = openVisit(fileId);
        var context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return open != null && (open.getAssignedBy().equals(context.getRemoteUser())
                || context.isUserInRole("EXECUTIVE") || context.isUserInRole("ADMIN"));
    }

    /** Who may be sent: the relations officers, but not the one choosing (nobody sends themself). */
    public java.util.Map<String, String> getResearchers() {
        if (researchers == null) {
            researchers = new java.util.LinkedHashMap<>(visits.researchers());
            // or to the approved volunteers, through a field-visit opportunity the coordinator fills
            researchers.put(org.ektefaa.eligibility.entity.Visit.VOLUNTEERS, notices.text("elg", "visit.toVolunteers"));
            String me = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            if (me != null) {
                researchers.remove(me);
            }
        }
        return researchers;
    }

    public String researcherName(String username) {
        if (researcherNames == null || !researcherNames.containsKey(username)) {
            java.util.List<org.ektefaa.eligibility.entity.Visit> shown = visitsRead.values().stream()
                    .flatMap(java.util.List::stream).toList();
            researcherNames = visits.researcherNames(shown, notices.text("elg", "visit.offered"),
                    notices.text("elg", "visit.volunteer"));
        }
        return researcherNames.getOrDefault(username, username);
    }

    private java.util.Map<String, String> researcherNames;

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
        renewalsRead.remove(fileId);
    }

    // ---- renewal (issue #26, deliver 4) ----

    @Inject
    org.ektefaa.eligibility.boundary.Renewals renewals;

    /** The files' periods read for this view (null: not registered). */
    private final HashMap<Long, org.ektefaa.eligibility.entity.Renewal> renewalsRead = new HashMap<>();
    private final HashMap<Long, java.math.BigDecimal> incomesOnFile = new HashMap<>();
    private java.math.BigDecimal incomeNow;
    private boolean documentsSeen;

    /** The registered file's eligibility period, or null when the file is not registered. */
    public org.ektefaa.eligibility.entity.Renewal renewal(long fileId) {
        if (!renewalsRead.containsKey(fileId)) {
            renewalsRead.put(fileId, renewals.of(fileId).orElse(null));
        }
        return renewalsRead.get(fileId);
    }

    /** Days from today to the end of the period (negative once it has passed). */
    public long daysLeft(org.ektefaa.eligibility.entity.Renewal renewal) {
        return java.time.temporal.ChronoUnit.DAYS.between(getToday(), renewal.getValidUntil());
    }

    /** The monthly income the file holds now (what the household must still declare to renew). */
    public java.math.BigDecimal incomeOnFile(long fileId) {
        return incomesOnFile.computeIfAbsent(fileId, id -> files.summary(id)
                .map(org.ektefaa.beneficiaries.api.BeneficiarySummary::monthlyIncome).orElse(java.math.BigDecimal.ZERO));
    }

    /** Renews the file's eligibility with the income the household declares now and its documents seen. */
    public void renew(long fileId) {
        org.ektefaa.eligibility.entity.Renewal renewal = renewal(fileId);
        if (renewal == null) {
            return;
        }
        try {
            Standing standing = renewals.renew(fileId, renewal.getVersion(), incomeNow, documentsSeen);
            notices.info("elg", "renewal.done", org.ektefaa.platform.api.saudi.HijriDates.both(standing.validUntil(),
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()),
                    notices.text("elg", "outcome." + standing.outcome()));
            incomeNow = null;
            documentsSeen = false;
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        } catch (jakarta.persistence.OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        refresh(fileId);
        incomesOnFile.remove(fileId);
    }

    /** Asks the person by message to bring their updated income and documents. */
    public void askRenewal(long fileId) {
        try {
            if (renewals.ask(java.util.List.of(fileId)) == 1) {
                notices.info("elg", "renewal.askedNow");
            } else {
                notices.warn("elg", "renewal.notSent", org.ektefaa.eligibility.entity.Renewal.NOTICE_DAYS,
                        org.ektefaa.eligibility.boundary.Renewals.ASKED_AGAIN_AFTER_DAYS);
            }
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
        refresh(fileId);
    }

    public java.math.BigDecimal getIncomeNow() {
        return incomeNow;
    }

    public void setIncomeNow(java.math.BigDecimal incomeNow) {
        this.incomeNow = incomeNow;
    }

    public boolean isDocumentsSeen() {
        return documentsSeen;
    }

    public void setDocumentsSeen(boolean documentsSeen) {
        this.documentsSeen = documentsSeen;
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
