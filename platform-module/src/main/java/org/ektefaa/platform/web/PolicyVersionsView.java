package org.ektefaa.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.ektefaa.platform.api.PolicyVersions;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.platform.boundary.Policies;

/** {@code /admin/policy.xhtml}: administrators record the versions of the policy the board approves. */
@Named
@ViewScoped
public class PolicyVersionsView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Policies policies;

    private String label;
    private String reference;
    private LocalDate approvedOn;
    private String summary;

    public void record() {
        try {
            policies.record(label, reference, approvedOn, summary);
            notices.info("plt", "policy.versions.recorded");
            label = null;
            reference = null;
            approvedOn = null;
            summary = null;
        } catch (RuleViolation violation) {
            notices.refused("plt", violation);
        }
    }

    public List<PolicyVersions.Version> getVersions() {
        return policies.all();
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
