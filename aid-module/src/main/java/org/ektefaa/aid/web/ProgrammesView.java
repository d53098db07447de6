package org.ektefaa.aid.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ektefaa.aid.boundary.Funds;
import org.ektefaa.aid.boundary.Programmes;
import org.ektefaa.aid.entity.Fund;
import org.ektefaa.aid.entity.Programme;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * {@code /aid/programmes.xhtml} (issue #27). Who opens it: an administrator setting up how the association delivers
 * its services. What they decide: for each service of the catalogue, what one instalment is counted in, how often it
 * comes and how many times, and which funds may pay for it. In front of them: the programmes with their service,
 * schedule and funds, and a form beside them.
 */
@Named
@ViewScoped
public class ProgrammesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notices notices;

    @Inject
    Programmes programmes;

    @Inject
    Funds funds;

    @Inject
    org.ektefaa.requests.api.RequestDirectory requests;

    private List<Programme> all;
    private List<Fund> fundList;
    private Map<String, String> services;

    private String code;
    private Long version;
    private String nameAr;
    private String nameEn;
    private boolean active = true;
    private String serviceCode;
    private Programme.Unit unit = Programme.Unit.BASKET;
    private Programme.Schedule schedule = Programme.Schedule.MONTHLY;
    private int instalments = 6;
    private List<String> chosenFunds = new ArrayList<>();
    private java.math.BigDecimal quantity = java.math.BigDecimal.ONE;
    private java.math.BigDecimal unitCost;

    @PostConstruct
    void load() {
        all = programmes.kept();
        fundList = funds.all();
        services = requests.serviceNames(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public void startNew() {
        code = null;
        version = null;
        nameAr = null;
        nameEn = null;
        active = true;
        serviceCode = null;
        unit = Programme.Unit.BASKET;
        schedule = Programme.Schedule.MONTHLY;
        instalments = 6;
        chosenFunds = new ArrayList<>();
        quantity = java.math.BigDecimal.ONE;
        unitCost = null;
    }

    public void edit(Programme programme) {
        code = programme.getCode();
        version = programme.getVersion();
        nameAr = programme.getName().getAr();
        nameEn = programme.getName().getEn();
        active = programme.isActive();
        serviceCode = programme.getServiceCode();
        unit = programme.getUnit();
        schedule = programme.getSchedule();
        instalments = programme.getInstalments();
        chosenFunds = new ArrayList<>(programme.getFunds());
        quantity = programme.getQuantity();
        unitCost = programme.getUnitCost();
    }

    public void save() {
        try {
            Programme saved = programmes.save(code, version, nameAr, nameEn, active, new Programme.Terms(serviceCode,
                    unit, schedule, instalments, quantity, unitCost, new LinkedHashSet<>(chosenFunds)));
            code = saved.getCode();
            version = saved.getVersion();
            notices.info("aid", "programme.saved", saved.name(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            load();
        } catch (RuleViolation violation) {
            notices.refused("aid", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    /** The service's name in the page's language. */
    public String serviceName(String service) {
        return services.getOrDefault(service, service);
    }

    /** The funds' names, joined. */
    public String fundNames(Programme programme) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return String.join("en".equals(locale.getLanguage()) ? ", " : "، ", fundList.stream().filter(f -> programme.getFunds().contains(f.getCode()))
                .map(f -> f.name(locale)).toList());
    }

    public List<Programme> getAll() {
        return all;
    }

    public List<Fund> getFundList() {
        return fundList;
    }

    public Map<String, String> getServices() {
        return services;
    }

    public Programme.Unit[] getUnits() {
        return Programme.Unit.values();
    }

    public Programme.Schedule[] getSchedules() {
        return Programme.Schedule.values();
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

    public String getNameAr() {
        return nameAr;
    }

    public void setNameAr(String nameAr) {
        this.nameAr = nameAr;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public Programme.Unit getUnit() {
        return unit;
    }

    public void setUnit(Programme.Unit unit) {
        this.unit = unit;
    }

    public Programme.Schedule getSchedule() {
        return schedule;
    }

    public void setSchedule(Programme.Schedule schedule) {
        this.schedule = schedule;
    }

    public int getInstalments() {
        return instalments;
    }

    public void setInstalments(int instalments) {
        this.instalments = instalments;
    }

    public List<String> getChosenFunds() {
        return chosenFunds;
    }

    public void setChosenFunds(List<String> chosenFunds) {
        this.chosenFunds = chosenFunds;
    }

    public java.math.BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(java.math.BigDecimal quantity) {
        this.quantity = quantity;
    }

    public java.math.BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(java.math.BigDecimal unitCost) {
        this.unitCost = unitCost;
    }
}
