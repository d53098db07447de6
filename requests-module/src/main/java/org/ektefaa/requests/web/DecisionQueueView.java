package org.ektefaa.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.boundary.DecisionBriefs;
import org.ektefaa.requests.boundary.Decisions;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.RequestStatus;
import org.primefaces.PrimeFaces;

/**
 * {@code /requests/decisions.xhtml}: the executive's queue (policy §5.4), the oldest due first. Who opens it: the
 * executive director (or the committee's secretary) once or twice a day. What they decide: approve or reject each
 * request within the committed period. What they need in front of them (issue #21): what is asked (type and
 * service), by whom (the file's name, or the caller's for someone without a file), the household's size and income
 * per member, how much of the file is verified, the aid it received in the last twelve months, and the time left in
 * words; a row's request and file beside the queue without leaving it; and, before several are decided at once, the
 * list of what the decision applies to. Issue #26 adds each file's eligibility: the outcome and the need score with its
 * band in the row, each criterion in words and the score's breakdown beside the queue; deciding against it asks why.
 */
@Named
@ViewScoped
public class DecisionQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notices notices;

    @Inject
    Decisions decisions;

    @Inject
    DecisionBriefs briefs;

    @Inject
    org.ektefaa.eligibility.api.Eligibility eligibility;

    /** What approving a support request opens and which funds may pay (issue #27); unresolvable without the aid module. */
    @Inject
    jakarta.enterprise.inject.Instance<org.ektefaa.requests.api.Funding> funding;

    private final Queue model = new Queue();
    private List<AidRequest> selected = new ArrayList<>();
    private LocalDate today;
    private String reason;
    /**
     * Why the executive decides against a warning — a file that may be another person's (issue #24), a file assessed
     * not eligible, or the refusal of an eligible one (issue #26); internal, kept on the request.
     */
    private String overrideReason;
    private String reasonCode;
    private List<org.ektefaa.requests.entity.RejectionReason> reasons;
    /** The page shown: its applicants and the aid they received, read once per page rather than once per cell. */
    private final Map<Long, BeneficiarySummary> people = new HashMap<>();
    private final Map<Long, DecisionBriefs.Aid> aid = new HashMap<>();
    /**
     * The page's eligibility (issue #26) by request id, read with the page: the file's, with the criteria of the
     * service a support request asks for when it has its own.
     */
    private final Map<Long, org.ektefaa.eligibility.api.Standing> standings = new HashMap<>();
    private org.ektefaa.eligibility.api.Standing shownStanding;
    /** The page's support requests' plans (issue #27) by request id: absent when no programme delivers the service. */
    private final Map<Long, org.ektefaa.requests.api.Funding.Plan> plans = new HashMap<>();
    /** The fund the executive chose for a request (issue #27), by request id; absent: the plan's usual fund. */
    private final Map<Long, String> fundChoice = new HashMap<>();
    /** The request shown beside the queue, and what its household received. */
    private AidRequest shown;
    private BeneficiarySummary shownPerson;
    private List<DecisionBriefs.Received> shownReceived = List.of();
    /** The decision the confirmation asks about: true to approve, false to reject. */
    private boolean approving;

    @PostConstruct
    void load() {
        model.counted = -1;
        fundChoice.clear();
        reasons = decisions.rejectionReasons();
        today = decisions.today();
        selected = new ArrayList<>();
    }

    // ---- deciding ------------------------------------------------------------------------------------------------

    /** Approve the selected: first the confirmation, listing them. */
    public void askApprove() {
        ask(true);
    }

    /** Reject the selected (a reason from the list is required): first the confirmation, listing them. */
    public void askReject() {
        ask(false);
    }

    private void ask(boolean approve) {
        if (selected.isEmpty()) {
            notices.warn("req", "queue.noneSelected");
            return;
        }
        if (!approve && (reasonCode == null || reasonCode.isBlank())) {
            notices.error("req", "request.error.reasonRequired");
            return;
        }
        if (approve && (overrideReason == null || overrideReason.strip().length() < 10)) {
            // said before the confirmation, not after it (issue #24's walk): which requests need the reason, and why
            // the chosen requests may be on other pages of the queue: their files read now, not only the page's
            List<Long> unread = selected.stream().map(AidRequest::getBeneficiaryId)
                    .filter(f -> f != null && !people.containsKey(f)).distinct().toList();
            if (!unread.isEmpty()) {
                people.putAll(briefs.people(unread));
            }
            List<String> held = heldByDuplicates(selected, this::person);
            if (!held.isEmpty()) {
                notices.error("req", "queue.error.duplicateFirst", String.join(" · ", held));
                return;
            }
        }
        if (approve) {
            // a support request no fund may pay for (a zakat-only programme for a household zakat may not reach) is
            // refused before the confirmation, naming the requests (issue #27): a law, not a judgement
            List<String> unpaid = selected.stream().filter(r -> {
                org.ektefaa.requests.api.Funding.Plan plan = plan(r);
                return plan != null && !plan.fund(fundOf(r)).map(org.ektefaa.requests.api.Funding.FundOption::available)
                        .orElse(false);
            }).map(AidRequest::getTrackingNumber).toList();
            if (!unpaid.isEmpty()) {
                notices.error("req", "queue.error.noFund", String.join(" · ", unpaid));
                return;
            }
        }
        approving = approve;
        PrimeFaces.current().ajax().addCallbackParam("confirm", true);
    }

    /**
     * The tracking numbers (isolated for Arabic text) of the requests among {@code chosen} that approving holds without
     * the executive's reason: a registration or a support request whose file may be another file's person on strong
     * grounds (issue #24).
     */
    static List<String> heldByDuplicates(List<AidRequest> chosen,
                                         java.util.function.Function<AidRequest, BeneficiarySummary> person) {
        return chosen.stream().filter(r -> r.getBeneficiaryId() != null
                        && (r.getType() == org.ektefaa.requests.api.RequestType.REGISTRATION
                        || r.getType() == org.ektefaa.requests.api.RequestType.SUPPORT))
                .filter(r -> {
                    BeneficiarySummary summary = person.apply(r);
                    return summary != null && summary.strongDuplicates() > 0;
                })
                .map(r -> org.ektefaa.platform.api.saudi.Bidi.isolateRuns(r.getTrackingNumber())).toList();
    }

    /** The confirmation was given: decide every selected request (one failing does not stop the others). */
    public void confirm() {
        if (selected.isEmpty()) {
            notices.warn("req", "queue.noneSelected");
            return;
        }
        int done = 0;
        java.util.Set<Long> decided = new java.util.HashSet<>();
        for (AidRequest request : selected) {
            try {
                if (approving) {
                    decisions.approve(request.getId(), request.getVersion(), reason, overrideReason,
                            plan(request) == null ? null : fundOf(request));
                } else {
                    decisions.reject(request.getId(), request.getVersion(), reasonCode, reason, overrideReason);
                }
                done++;
                decided.add(request.getId());
            } catch (RuleViolation violation) {
                notices.refused("req", violation);
            } catch (jakarta.persistence.PersistenceException
                     | jakarta.transaction.TransactionalException concurrent) {
                // something this decision touches changed meanwhile (even at the commit): this one is left undecided,
                // the others go on, and the queue shows what happened
                notices.editedMeanwhile();
            }
        }
        if (done > 0) {
            notices.info("req", approving ? "queue.approved" : "queue.rejected", done);
        }
        reason = null;
        reasonCode = null;
        overrideReason = null;
        shown = null;
        Map<Long, String> kept = new HashMap<>(fundChoice);
        kept.keySet().removeAll(decided);
        load();
        fundChoice.putAll(kept); // a request left undecided keeps the fund chosen for it
    }

    public boolean isApproving() {
        return approving;
    }

    // ---- the rows ------------------------------------------------------------------------------------------------

    /** The file's summary, or null for someone without a file. */
    public BeneficiarySummary person(AidRequest request) {
        return request.getBeneficiaryId() == null ? null : people.get(request.getBeneficiaryId());
    }

    /** Who asks: the file's name, or the name the caller gave. */
    public String applicant(AidRequest request) {
        BeneficiarySummary person = person(request);
        return person != null ? person.fullName() : Objects.requireNonNullElse(request.getApplicantName(), "");
    }

    /** The file's latest eligibility assessment, or null (no file, or never assessed). */
    public org.ektefaa.eligibility.api.Standing standing(AidRequest request) {
        return request.getBeneficiaryId() == null ? null : standings.get(request.getId());
    }

    /** Whether the file's eligibility has ended (a registered file not renewed in time, issue #26). */
    public boolean eligibilityEnded(AidRequest request) {
        org.ektefaa.eligibility.api.Standing standing = standing(request);
        return standing != null && standing.expiredOn(java.time.LocalDate.now(clock));
    }

    @Inject
    java.time.Clock clock;

    public DecisionBriefs.Aid aid(AidRequest request) {
        return request.getBeneficiaryId() == null ? DecisionBriefs.Aid.NONE
                : aid.getOrDefault(request.getBeneficiaryId(), DecisionBriefs.Aid.NONE);
    }

    public String rowClass(AidRequest request) {
        return request.isOverdue(today) ? "overdue" : request.isAtRisk(today) ? "at-risk" : null;
    }

    /**
     * The time left as words read it: the message key ({@code queue.left.*}) for "overdue by {0} days", "due today",
     * "due in {0} days", or "paused" while the applicant is asked for something; {@link #daysFor} gives {0}.
     */
    public String timeLeftKey(AidRequest request) {
        if (request.getStatus() == RequestStatus.WAITING_FOR_APPLICANT) {
            return "queue.left.paused";
        }
        long days = request.daysLeft(today);
        return days < 0 ? "queue.left.overdue" : days == 0 ? "queue.left.today" : "queue.left.due";
    }

    public long daysFor(AidRequest request) {
        return Math.abs(request.daysLeft(today));
    }

    // ---- how an approval is paid for (issue #27) ---------------------------------------------------------------------

    /** The plans of support requests for a service (the files' categories from {@link #people}), by request id. */
    private Map<Long, org.ektefaa.requests.api.Funding.Plan> plansOf(List<AidRequest> requests) {
        if (!funding.isResolvable()) {
            return Map.of();
        }
        Map<Long, org.ektefaa.requests.api.Funding.Asked> asked = new HashMap<>();
        for (AidRequest r : requests) {
            // a support request without a file opens no entitlement: its service is delivered as recorded on it
            if (r.getType() == org.ektefaa.requests.api.RequestType.SUPPORT && r.getServiceCode() != null
                    && r.getBeneficiaryId() != null) {
                BeneficiarySummary person = person(r);
                asked.put(r.getId(), new org.ektefaa.requests.api.Funding.Asked(r.getServiceCode(),
                        r.getRequestedQuantity(), person == null ? null : person.categoryCode()));
            }
        }
        return asked.isEmpty() ? Map.of() : funding.get().plans(asked, locale());
    }

    private static java.util.Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /**
     * What approving the request opens (a programme, its schedule, the funds that may pay), or null: not a support
     * request, or no programme delivers its service. A request chosen on another page is planned when asked.
     */
    public org.ektefaa.requests.api.Funding.Plan plan(AidRequest request) {
        if (request == null || request.getType() != org.ektefaa.requests.api.RequestType.SUPPORT) {
            return null;
        }
        if (!plans.containsKey(request.getId()) && page().stream().noneMatch(r -> r.getId().equals(request.getId()))) {
            Long file = request.getBeneficiaryId();
            if (file != null && !people.containsKey(file)) {
                people.putAll(briefs.people(List.of(file)));
            }
            Map<Long, org.ektefaa.requests.api.Funding.Plan> found = plansOf(List.of(request));
            plans.put(request.getId(), found.get(request.getId())); // none is remembered too
        }
        return plans.get(request.getId());
    }

    private List<AidRequest> page() {
        return model.page;
    }

    /** The fund the request would be paid from: the executive's choice, else the plan's usual one. */
    public String fundOf(AidRequest request) {
        org.ektefaa.requests.api.Funding.Plan plan = plan(request);
        return plan == null ? null : fundChoice.getOrDefault(request.getId(), plan.usual());
    }

    /** That fund's name, or null when no fund may pay. */
    public String fundName(AidRequest request) {
        org.ektefaa.requests.api.Funding.Plan plan = plan(request);
        String code = fundOf(request);
        return plan == null || code == null ? null
                : plan.fund(code).map(org.ektefaa.requests.api.Funding.FundOption::name).orElse(code);
    }

    /**
     * A fund as the choice reads: its name and what is left of its budget this period, or why it may not pay; the
     * amount isolated inside Arabic by {@link Notices#text}.
     */
    public String fundLabel(org.ektefaa.requests.api.Funding.FundOption option) {
        if (!option.available()) {
            return notices.text("req", "queue.fundRefused", option.name(), option.whyNot());
        }
        if (option.left() == null) {
            return notices.text("req", "queue.fundNoBudget", option.name());
        }
        if (option.left().signum() >= 0 && option.wouldPassBy() != null) {
            // approving may go beyond the budget (an association may promise more and raise funds): said, not refused
            return notices.text("req", "queue.fundWouldPass", option.name(), option.left(), option.wouldPassBy());
        }
        return notices.text("req", option.left().signum() < 0 ? "queue.fundOver" : "queue.fundLeft", option.name(),
                option.left().abs());
    }

    /** The fund chosen for the request shown beside the queue. */
    public String getShownFund() {
        return shown == null ? null : fundOf(shown);
    }

    public void setShownFund(String code) {
        org.ektefaa.requests.api.Funding.Plan plan = plan(shown);
        if (plan != null && code != null && plan.fund(code).isPresent()) {
            fundChoice.put(shown.getId(), code);
        }
    }

    // ---- the request shown beside the queue ------------------------------------------------------------------------

    public void show(AidRequest request) {
        shown = request == null ? null : decisions.find(request.getId()).orElse(null);
        Long file = shown == null ? null : shown.getBeneficiaryId();
        shownPerson = file == null ? null : briefs.people(List.of(file)).get(file);
        shownReceived = file == null ? List.of() : briefs.receivedInLastYear(file);
        shownStanding = file == null ? null : eligibility.forService(file, shown.getServiceCode()).orElse(null);
    }

    /** The eligibility of the request shown, or null. */
    public org.ektefaa.eligibility.api.Standing getShownStanding() {
        return shownStanding;
    }

    /** The file of the request shown, or null for someone without a file. */
    public BeneficiarySummary getShownPerson() {
        return shownPerson;
    }

    public AidRequest getShown() {
        return shown;
    }

    public List<DecisionBriefs.Received> getShownReceived() {
        return shownReceived;
    }

    public org.primefaces.model.LazyDataModel<AidRequest> getModel() {
        return model;
    }

    /**
     * The queue a page at a time (a large association has thousands waiting): counted once per load, each page
     * read with its applicants and their aid in two more queries; a selected row is found again by its id.
     */
    private class Queue extends org.primefaces.model.LazyDataModel<AidRequest> {
        private static final long serialVersionUID = 1L;
        private int counted = -1;
        private List<AidRequest> page = List.of();

        @Override
        public int count(java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
            if (counted < 0) {
                counted = (int) Math.min(Integer.MAX_VALUE, decisions.queueSize());
            }
            return counted;
        }

        @Override
        public List<AidRequest> load(int first, int pageSize, java.util.Map<String, org.primefaces.model.SortMeta> sortBy,
                                     java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
            page = decisions.queue(first, pageSize);
            List<Long> ids = page.stream().map(AidRequest::getBeneficiaryId).filter(Objects::nonNull).distinct().toList();
            people.clear();
            people.putAll(briefs.people(ids));
            aid.clear();
            aid.putAll(briefs.aidInLastYear(ids));
            standings.clear();
            Map<Long, org.ektefaa.eligibility.api.Eligibility.Asked> asked = new HashMap<>();
            page.stream().filter(r -> r.getBeneficiaryId() != null).forEach(r -> asked.put(r.getId(),
                    new org.ektefaa.eligibility.api.Eligibility.Asked(r.getBeneficiaryId(), r.getServiceCode())));
            standings.putAll(eligibility.forServices(asked));
            plans.clear();
            plans.putAll(plansOf(page));
            return page;
        }

        @Override
        public String getRowKey(AidRequest request) {
            return String.valueOf(request.getId());
        }

        @Override
        public AidRequest getRowData(String rowKey) {
            if (rowKey == null || !rowKey.matches("\\d{1,18}")) {
                return null;
            }
            long id = Long.parseLong(rowKey);
            return page.stream().filter(r -> r.getId() == id).findFirst()
                    .orElseGet(() -> decisions.find(id).orElse(null));
        }
    }

    public List<AidRequest> getSelected() {
        return selected;
    }

    public void setSelected(List<AidRequest> selected) {
        this.selected = selected;
    }

    public List<org.ektefaa.requests.entity.RejectionReason> getReasons() {
        return reasons;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
