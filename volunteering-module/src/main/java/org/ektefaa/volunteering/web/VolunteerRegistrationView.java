package org.ektefaa.volunteering.web;

import org.ektefaa.platform.api.Allowances;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.NationalId;
import org.ektefaa.platform.api.saudi.SaudiMobile;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Enums.Education;
import org.ektefaa.volunteering.entity.Enums.Gender;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Skill;

/**
 * {@code /public/volunteer.xhtml}: anyone registers as a volunteer, on a phone, in Arabic first. Robots fill
 * the hidden field and get nothing; each address may register 5 times an hour; an identity number already
 * registered gets a polite answer that reveals nothing.
 */
@Named
@ViewScoped
public class VolunteerRegistrationView implements Serializable {

    @Inject
    Allowances allowances;

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Volunteers volunteers;

    @NotBlank
    private String fullName;
    @NotBlank
    @NationalId
    private String idNumber;
    private Gender gender;
    @Past
    private LocalDate birthDate;
    @NotBlank
    @SaudiMobile
    private String mobile;
    @NotBlank
    @Email
    private String email;
    @NotBlank
    private String city;
    private Education education;
    private List<String> skills = new ArrayList<>();
    private String interests;
    private List<String> days = new ArrayList<>();
    private List<String> times = new ArrayList<>();
    private Integer hoursPerMonth = 8;
    private String experience;
    private boolean consent;
    private boolean conduct;
    private String website;
    private String reference;
    private boolean already;

    public void register() {
        if (website != null && !website.isBlank()) {
            notices.error("vol", "register.refused");
            return;
        }
        if (!allowances.visitorMay("volunteering.registrations", 5, Duration.ofHours(1))) {
            notices.error("vol", "register.tooMany");
            return;
        }
        if (skills == null || skills.isEmpty()) {
            notices.error("vol", "register.skillRequired");
            return;
        }
        if (days == null || days.isEmpty() || times == null || times.isEmpty()) {
            notices.error("vol", "register.availabilityRequired.full");
            return;
        }
        if (!consent || !conduct) {
            notices.error("vol", "register.consentRequired");
            return;
        }
        Set<DayOfWeek> daySet = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> daySet.add(DayOfWeek.valueOf(d)));
        Set<TimeOfDay> timeSet = EnumSet.noneOf(TimeOfDay.class);
        times.forEach(t -> timeSet.add(TimeOfDay.valueOf(t)));
        try {
            reference = volunteers.register(new Volunteers.Registration(fullName, idNumber, gender, birthDate, mobile,
                    email, city, education, new LinkedHashSet<>(skills), interests, daySet, timeSet,
                    hoursPerMonth == null ? 0 : hoursPerMonth, experience, consent, conduct,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())).getReference();
        } catch (RuleViolation violation) {
            if ("volunteer.error.already".equals(violation.messageKey())) {
                already = true;
            } else {
                notices.refused("vol", violation);
            }
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            notices.error("vol", "register.incomplete");
        }
    }

    public List<Skill> getSkillList() {
        return volunteers.skills();
    }

    public DayOfWeek[] getDayList() {
        return new DayOfWeek[] {DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};
    }

    public TimeOfDay[] getTimeList() {
        return TimeOfDay.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Education[] getEducations() {
        return Education.values();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Education getEducation() {
        return education;
    }

    public void setEducation(Education education) {
        this.education = education;
    }

    public List<String> getSkills() {
        return skills;
    }

    public void setSkills(List<String> skills) {
        this.skills = skills;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days;
    }

    public List<String> getTimes() {
        return times;
    }

    public void setTimes(List<String> times) {
        this.times = times;
    }

    public Integer getHoursPerMonth() {
        return hoursPerMonth;
    }

    public void setHoursPerMonth(Integer hoursPerMonth) {
        this.hoursPerMonth = hoursPerMonth;
    }

    public String getExperience() {
        return experience;
    }

    public void setExperience(String experience) {
        this.experience = experience;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public boolean isConduct() {
        return conduct;
    }

    public void setConduct(boolean conduct) {
        this.conduct = conduct;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getReference() {
        return reference;
    }

    public boolean isAlready() {
        return already;
    }
}
