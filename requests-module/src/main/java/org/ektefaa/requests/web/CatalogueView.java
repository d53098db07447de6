package org.ektefaa.requests.web;

import jakarta.annotation.PostConstruct;
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
import org.ektefaa.requests.entity.ComplaintTheme;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.requests.entity.RejectionReason;
import org.ektefaa.requests.entity.Service;

/** {@code /requests/catalogue.xhtml}: administrators keep the service catalogue, the rejection reasons and the complaint themes. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private List<Service> services;
    private List<RejectionReason> reasons;
    private List<ComplaintTheme> themes;

    private String serviceCode;
    private Long serviceVersion;
    private String serviceAr;
    private String serviceEn;
    private String unitAr;
    private String unitEn;
    private boolean recurring;
    private boolean serviceActive = true;

    private final ListEditor reasonEditor = new ListEditor();
    private final ListEditor themeEditor = new ListEditor();

    /** The form of one entry of a short list (a rejection reason, a complaint theme): new, or one being edited. */
    public static class ListEditor implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private Long version;
        private String ar;
        private String en;
        private boolean active = true;

        public void edit(CodedEntry entry) {
            code = entry.getCode();
            version = entry.getVersion();
            ar = entry.getName().getAr();
            en = entry.getName().getEn();
            active = entry.isActive();
        }

        public void clear() {
            code = null;
            version = null;
            ar = null;
            en = null;
            active = true;
        }

        LocalizedName name() {
            return new LocalizedName(ar, en);
        }

        public boolean isEditing() {
            return version != null;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getAr() {
            return ar;
        }

        public void setAr(String ar) {
            this.ar = ar;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        services = catalogue.allServices();
        reasons = catalogue.allReasons();
        themes = catalogue.allThemes();
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
        if (act(() -> catalogue.saveService(serviceCode, serviceVersion, new LocalizedName(serviceAr, serviceEn), unitAr,
                unitEn, recurring, serviceActive))) {
            newService();
        }
    }

    public void saveReason() {
        ListEditor e = reasonEditor;
        if (act(() -> catalogue.saveReason(e.code, e.version, e.name(), e.active))) {
            e.clear();
        }
    }

    public void saveTheme() {
        ListEditor e = themeEditor;
        if (act(() -> catalogue.saveTheme(e.code, e.version, e.name(), e.active))) {
            e.clear();
        }
    }

    private boolean act(Runnable action) {
        boolean done = false;
        try {
            action.run();
            notices.info("req", "catalogue.saved");
            done = true;
        } catch (RuleViolation violation) {
            notices.refused("req", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        load();
        return done;
    }

    public boolean isEditingService() {
        return serviceVersion != null;
    }

    public ListEditor getReasonEditor() {
        return reasonEditor;
    }

    public ListEditor getThemeEditor() {
        return themeEditor;
    }

    public List<ComplaintTheme> getThemes() {
        return themes;
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
}
