package org.ektefaa.beneficiaries.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ektefaa.beneficiaries.boundary.BeneficiaryFiles;
import org.ektefaa.beneficiaries.boundary.Categories;
import org.ektefaa.beneficiaries.boundary.FileForm;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.Enums;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.HijriDates;
import org.ektefaa.platform.api.web.Notices;

/**
 * {@code /beneficiaries/register.xhtml}: a new file at first contact, or ({@code ?id=}) an edit of an
 * existing one; once the applicant has signed, an edit needs the reason of the correction.
 */
@Named
@ViewScoped
public class RegistrationView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    BeneficiaryFiles files;

    @Inject
    Categories categories;

    @Inject
    AssociationProfile profile;

    private Long id;
    private long version;
    private boolean signed;
    private FileForm form = new FileForm();
    private String correctionReason;
    private boolean hijriBirth;
    private Integer hijriYear;
    private Integer hijriMonth;
    private Integer hijriDay;
    private Long duplicateId;
    private List<Category> activeCategories;
    private List<ContactChannel> channels;

    @PostConstruct
    void init() {
        activeCategories = categories.active();
        channels = profile.enabledChannels().stream().sorted().toList();
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && param.matches("\\d{1,18}")) {
            Beneficiary file;
            try {
                file = files.read(Long.parseLong(param));
            } catch (RuleViolation missing) { // an address that names no file: "page not found", not an error
                org.omnifaces.util.Faces.responseSendError(404, null);
                return;
            }
            id = file.getId();
            version = file.getVersion();
            signed = file.isSigned() && !file.getStatus().isOpenForEditing();
            form = FileForm.of(file);
        }
    }

    public void addMember() {
        form.getHousehold().add(new FileForm.Member());
    }

    public void removeMember(FileForm.Member member) {
        form.getHousehold().remove(member);
    }

    public void addIncome() {
        form.getIncomes().add(new FileForm.Income());
    }

    public void removeIncome(FileForm.Income income) {
        form.getIncomes().remove(income);
    }

    @Inject
    org.ektefaa.beneficiaries.boundary.Duplicates duplicateFiles;

    public String save() {
        duplicateId = null;
        if (hijriBirth) {
            Optional<LocalDate> gregorian = hijriYear == null || hijriMonth == null || hijriDay == null ? Optional.empty()
                    : HijriDates.toGregorian(hijriYear, hijriMonth, hijriDay);
            if (gregorian.isEmpty()) {
                notices.error("ben", "file.error.hijriDate");
                return null;
            }
            form.setBirthDate(gregorian.get());
        }
        try {
            Beneficiary file = id == null ? files.start(form)
                    : files.update(id, version, form, correctionReason);
            notices.info("ben", id == null ? "register.created" : "register.saved");
            long possible = duplicateFiles.countOpenFor(file.getId());
            if (possible > 0) {
                // said where it is seen, on saving (issue #24's walk: the card was a page's scroll away)
                notices.warn("ben", "register.possibleDuplicates", possible);
            }
            notices.keepForRedirect();
            return "/beneficiaries/file.xhtml?faces-redirect=true&id=" + file.getId();
        } catch (BeneficiaryFiles.DuplicateIdentity duplicate) {
            duplicateId = duplicate.existingId();
            notices.refused("ben", duplicate);
        } catch (RuleViolation violation) {
            notices.refused("ben", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        return null;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public boolean isSigned() {
        return signed;
    }

    public FileForm getForm() {
        return form;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public boolean isHijriBirth() {
        return hijriBirth;
    }

    public void setHijriBirth(boolean hijriBirth) {
        this.hijriBirth = hijriBirth;
    }

    public Integer getHijriYear() {
        return hijriYear;
    }

    public void setHijriYear(Integer hijriYear) {
        this.hijriYear = hijriYear;
    }

    public Integer getHijriMonth() {
        return hijriMonth;
    }

    public void setHijriMonth(Integer hijriMonth) {
        this.hijriMonth = hijriMonth;
    }

    public Integer getHijriDay() {
        return hijriDay;
    }

    public void setHijriDay(Integer hijriDay) {
        this.hijriDay = hijriDay;
    }

    public Long getDuplicateId() {
        return duplicateId;
    }

    public List<Category> getCategories() {
        return activeCategories;
    }

    public List<ContactChannel> getChannels() {
        return channels;
    }

    public Enums.IdType[] getIdTypes() {
        return Enums.IdType.values();
    }

    public Enums.Gender[] getGenders() {
        return Enums.Gender.values();
    }

    public Enums.MaritalStatus[] getMaritalStatuses() {
        return Enums.MaritalStatus.values();
    }

    public Enums.Housing[] getHousings() {
        return Enums.Housing.values();
    }

    public Enums.Relation[] getRelations() {
        return Enums.Relation.values();
    }

    public Enums.Occupation[] getOccupations() {
        return Enums.Occupation.values();
    }

    public Enums.IncomeType[] getIncomeTypes() {
        return Enums.IncomeType.values();
    }
}
