package org.ektefaa.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.boundary.Decisions;
import org.ektefaa.requests.entity.AidRequest;

/**
 * {@code /requests/decisions.xhtml}: the executive's queue (policy §5.4), the oldest due first, requests at
 * risk (due within three days) and overdue marked; approve or reject one, or several at once for a
 * committee meeting.
 */
@Named
@ViewScoped
public class DecisionQueueView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Decisions decisions;

    @Inject
    BeneficiaryDirectory directory;

    private final Queue model = new Queue();
    private List<AidRequest> selected = new ArrayList<>();
    private LocalDate today;
    private String reason;
    private String reasonCode;
    private List<org.ektefaa.requests.entity.RejectionReason> reasons;
    /** The beneficiaries of the page shown, read once per page rather than once per cell. */
    private final java.util.Map<Long, BeneficiarySummary> people = new java.util.HashMap<>();

    @PostConstruct
    void load() {
        model.counted = -1;
        reasons = decisions.rejectionReasons();
        today = decisions.today();
        selected = new ArrayList<>();
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        if (selected.isEmpty()) {
            notices.warn("req", "queue.noneSelected");
            return;
        }
        if (!approve && (reasonCode == null || reasonCode.isBlank())) {
            notices.error("req", "request.error.reasonRequired");
            return;
        }
        int done = 0;
        for (AidRequest request : selected) {
            try {
                if (approve) {
                    decisions.approve(request.getId(), request.getVersion(), reason);
                } else {
                    decisions.reject(request.getId(), request.getVersion(), reasonCode, reason);
                }
                done++;
            } catch (RuleViolation violation) {
                notices.refused("req", violation);
            } catch (OptimisticLockException concurrent) {
                notices.editedMeanwhile();
            }
        }
        if (done > 0) {
            notices.info("req", approve ? "queue.approved" : "queue.rejected", done);
        }
        reason = null;
        reasonCode = null;
        load();
    }

    public String beneficiaryName(AidRequest request) {
        BeneficiarySummary person = request.getBeneficiaryId() == null ? null : people.get(request.getBeneficiaryId());
        return person == null ? "" : person.fullName();
    }

    /** Where the beneficiary's file stands (submitted, verified, under decision …), or null for someone not registered. */
    public String fileStatus(AidRequest request) {
        BeneficiarySummary person = request.getBeneficiaryId() == null ? null : people.get(request.getBeneficiaryId());
        return person == null ? null : person.status();
    }

    public String rowClass(AidRequest request) {
        return request.isOverdue(today) ? "overdue" : request.isAtRisk(today) ? "at-risk" : null;
    }

    public long daysLeft(AidRequest request) {
        return request.daysLeft(today);
    }

    public org.primefaces.model.LazyDataModel<AidRequest> getModel() {
        return model;
    }

    /**
     * The queue a page at a time (a large association has thousands waiting): counted once per load, each page
     * read with its beneficiaries; a selected row is found again by its id.
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
            people.clear();
            page.stream().map(AidRequest::getBeneficiaryId).filter(java.util.Objects::nonNull).distinct()
                    .forEach(id -> directory.summary(id).ifPresent(s -> people.put(id, s)));
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

    public void setReason(String reason) {
        this.reason = reason;
    }
}
