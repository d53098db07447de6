package org.ektefaa.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.requests.boundary.Catalogue;
import org.ektefaa.requests.entity.RejectionReason;
import org.ektefaa.requests.entity.Service;

/** {@code /requests/catalogue.xhtml}: administrators keep the service catalogue and the rejection reasons. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private List<Service> services;
    private List<RejectionReason> reasons;

    private String serviceCode;
    private Long serviceVersion;
    private String serviceAr;
    private String serviceEn;
    private String unitAr;
    private String unitEn;
    private boolean recurring;
    private boolean serviceActive = true;

    private String reasonCode;
    private Long reasonVersion;
    private String reasonAr;
    private String reasonEn;
    private boolean reasonActive = true;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        services = catalogue.allServices();
        reasons = catalogue.allReasons();
    }

    public void editService(Service s) {
        serviceCode = s.getCode();
        serviceVersion = s.getVersion();
        serviceAr = s.getName().getAr();
        serviceEn = s.getName().getEn();
        unitAr = s.getUnitAr();
        unitEn = s.getUnitEn();
        recurring = s.isRecurring();
        serviceActive = s.isActive();
    }

    public void newService() {
        serviceCode = null;
        serviceVersion = null;
        serviceAr = null;
        serviceEn = null;
        unitAr = null;
        unitEn = null;
        recurring = false;
        serviceActive = true;
    }

    public void saveService() {
        act(() -> catalogue.saveService(serviceCode, serviceVersion, new LocalizedName(serviceAr, serviceEn), unitAr, unitEn,
                recurring, serviceActive, me()));
        newService();
    }

    public void editReason(RejectionReason r) {
        reasonCode = r.getCode();
        reasonVersion = r.getVersion();
        reasonAr = r.getName().getAr();
        reasonEn = r.getName().getEn();
        reasonActive = r.isActive();
    }

    public void newReason() {
        reasonCode = null;
        reasonVersion = null;
        reasonAr = null;
        reasonEn = null;
        reasonActive = true;
    }

    public void saveReason() {
        act(() -> catalogue.saveReason(reasonCode, reasonVersion, new LocalizedName(reasonAr, reasonEn), reasonActive, me()));
        newReason();
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notices.info("req", "catalogue.saved");
        } catch (RuleViolation violation) {
            Notices.refused("req", violation);
        } catch (OptimisticLockException concurrent) {
            Notices.editedMeanwhile();
        }
        load();
    }

    private static String me() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public boolean isEditingService() {
        return serviceVersion != null;
    }

    public boolean isEditingReason() {
        return reasonVersion != null;
    }

    public List<Service> getServices() {
        return services;
    }

    public List<RejectionReason> getReasons() {
        return reasons;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getServiceAr() {
        return serviceAr;
    }

    public void setServiceAr(String serviceAr) {
        this.serviceAr = serviceAr;
    }

    public String getServiceEn() {
        return serviceEn;
    }

    public void setServiceEn(String serviceEn) {
        this.serviceEn = serviceEn;
    }

    public String getUnitAr() {
        return unitAr;
    }

    public void setUnitAr(String unitAr) {
        this.unitAr = unitAr;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public boolean isRecurring() {
        return recurring;
    }

    public void setRecurring(boolean recurring) {
        this.recurring = recurring;
    }

    public boolean isServiceActive() {
        return serviceActive;
    }

    public void setServiceActive(boolean serviceActive) {
        this.serviceActive = serviceActive;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getReasonAr() {
        return reasonAr;
    }

    public void setReasonAr(String reasonAr) {
        this.reasonAr = reasonAr;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    public void setReasonEn(String reasonEn) {
        this.reasonEn = reasonEn;
    }

    public boolean isReasonActive() {
        return reasonActive;
    }

    public void setReasonActive(boolean reasonActive) {
        this.reasonActive = reasonActive;
    }
}
