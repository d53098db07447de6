package org.ektefaa.beneficiaries.boundary;

import org.ektefaa.platform.api.protect.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.beneficiaries.entity.Enums.Gender;
import org.ektefaa.beneficiaries.entity.Enums.Housing;
import org.ektefaa.beneficiaries.entity.Enums.IdType;
import org.ektefaa.beneficiaries.entity.Enums.IncomeType;
import org.ektefaa.beneficiaries.entity.Enums.MaritalStatus;
import org.ektefaa.beneficiaries.entity.Enums.Occupation;
import org.ektefaa.beneficiaries.entity.Enums.Relation;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.HouseholdMember;
import org.ektefaa.beneficiaries.entity.IncomeSource;
import org.ektefaa.beneficiaries.entity.PersonName;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.ArabicText;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.NationalIds;
import org.ektefaa.platform.api.saudi.SaudiIbans;
import org.ektefaa.platform.api.saudi.SaudiMobiles;

/**
 * What the registration and edit pages submit: a plain, mutable form (it is bound field by field), checked
 * and normalised by {@link BeneficiaryFiles} before anything reaches the entity.
 */
public class FileForm implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String fatherName;
    private String grandfatherName;
    private String familyName;
    private String nameEn;
    private IdType idType = IdType.NATIONAL_ID;
    private String idNumber;
    private LocalDate idExpiry;
    private String nationality = "SA";
    private Gender gender;
    private LocalDate birthDate;
    private MaritalStatus maritalStatus;
    private String mobile;
    private String email;
    private String city;
    private String district;
    private String address;
    private String categoryCode;
    private Housing housing;
    private BigDecimal monthlyRent;
    private String iban;
    private ContactChannel channel = ContactChannel.IN_PERSON_INTERVIEW;
    private List<Member> household = new ArrayList<>();
    private List<Income> incomes = new ArrayList<>();

    /*
     * Editing a file: the identity number and IBAN it has stay on the server (the view keeps this form), never in
     * the page. The inputs start empty and show the masked value; left empty, the number is kept; typed, it is
     * changed, and the change is audited. Revealing the full value is the file page's audited "reveal".
     */
    private String keptIdNumber;
    private String keptIban;

    /** The identity number the file has, kept while the input is left empty (edit of an existing file). */
    public void keepIdNumber(String current) { keptIdNumber = current; }
    public void keepIban(String current) { keptIban = current; }
    public boolean isIdNumberKept() { return keptIdNumber != null; }
    public String getMaskedIdNumber() { return keptIdNumber == null ? null : PersonalData.masked(keptIdNumber); }
    public String getMaskedIban() { return keptIban == null ? null : PersonalData.masked(keptIban); }

    /** The identity number to save: what was typed, or the one the file has when nothing was. */
    public String effectiveIdNumber() { return idNumber == null || idNumber.isBlank() ? keptIdNumber : idNumber; }
    public String effectiveIban() { return iban == null || iban.isBlank() ? keptIban : iban; }

    /** A household member row. */
    public static class Member implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private String fullName;
        private Relation relation;
        private String idNumber;
        private LocalDate birthDate;
        private boolean disability;
        private Occupation occupation;
        private String keptIdNumber;

        /** See {@link FileForm#keepIdNumber}: the member's number stays on the server unless a new one is typed. */
        public void keepIdNumber(String current) { keptIdNumber = current; }
        public String getMaskedIdNumber() { return keptIdNumber == null ? null : PersonalData.masked(keptIdNumber); }
        public String effectiveIdNumber() { return idNumber == null || idNumber.isBlank() ? keptIdNumber : idNumber; }

        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public Relation getRelation() { return relation; }
        public void setRelation(Relation v) { relation = v; }
        public String getIdNumber() { return idNumber; }
        public void setIdNumber(String v) { idNumber = v; }
        public LocalDate getBirthDate() { return birthDate; }
        public void setBirthDate(LocalDate v) { birthDate = v; }
        public boolean isDisability() { return disability; }
        public void setDisability(boolean v) { disability = v; }
        public Occupation getOccupation() { return occupation; }
        public void setOccupation(Occupation v) { occupation = v; }
    }

    /** An income row. */
    public static class Income implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private IncomeType type;
        private BigDecimal monthlyAmount;

        public IncomeType getType() { return type; }
        public void setType(IncomeType v) { type = v; }
        public BigDecimal getMonthlyAmount() { return monthlyAmount; }
        public void setMonthlyAmount(BigDecimal v) { monthlyAmount = v; }
    }

    // Bean-style accessors for Faces.
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getFatherName() { return fatherName; }
    public void setFatherName(String v) { fatherName = v; }
    public String getGrandfatherName() { return grandfatherName; }
    public void setGrandfatherName(String v) { grandfatherName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public IdType getIdType() { return idType; }
    public void setIdType(IdType v) { idType = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public LocalDate getIdExpiry() { return idExpiry; }
    public void setIdExpiry(LocalDate v) { idExpiry = v; }
    public String getNationality() { return nationality; }
    public void setNationality(String v) { nationality = v; }
    public Gender getGender() { return gender; }
    public void setGender(Gender v) { gender = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public void setMaritalStatus(MaritalStatus v) { maritalStatus = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getDistrict() { return district; }
    public void setDistrict(String v) { district = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String v) { categoryCode = v; }
    public Housing getHousing() { return housing; }
    public void setHousing(Housing v) { housing = v; }
    public BigDecimal getMonthlyRent() { return monthlyRent; }
    public void setMonthlyRent(BigDecimal v) { monthlyRent = v; }
    public String getIban() { return iban; }
    public void setIban(String v) { iban = v; }
    public ContactChannel getChannel() { return channel; }
    public void setChannel(ContactChannel v) { channel = v; }
    public List<Member> getHousehold() { return household; }
    public List<Income> getIncomes() { return incomes; }

    /** The form filled with what a file holds, for editing it (identity number and IBAN kept, not shown). */
    public static FileForm of(Beneficiary f) {
        FileForm form = new FileForm();
        if (f.getName() != null) {
            form.setFirstName(f.getName().getFirst());
            form.setFatherName(f.getName().getFather());
            form.setGrandfatherName(f.getName().getGrandfather());
            form.setFamilyName(f.getName().getFamily());
        }
        form.setNameEn(f.getNameEn());
        form.setIdType(f.getIdType());
        form.keepIdNumber(f.getIdNumber());
        form.setIdExpiry(f.getIdExpiry());
        form.setNationality(f.getNationality());
        form.setGender(f.getGender());
        form.setBirthDate(f.getBirthDate());
        form.setMaritalStatus(f.getMaritalStatus());
        form.setMobile(f.getMobile() == null ? null : "0" + f.getMobile().substring(4));
        form.setEmail(f.getEmail());
        form.setCity(f.getCity());
        form.setDistrict(f.getDistrict());
        form.setAddress(f.getAddress());
        form.setCategoryCode(f.getCategoryCode());
        form.setHousing(f.getHousing());
        form.setMonthlyRent(f.getMonthlyRent());
        form.keepIban(f.getIban());
        form.setChannel(f.getChannel());
        for (HouseholdMember m : f.getHousehold()) {
            FileForm.Member row = new FileForm.Member();
            row.setFullName(m.getFullName());
            row.setRelation(m.getRelation());
            row.keepIdNumber(m.getIdNumber());
            row.setBirthDate(m.getBirthDate());
            row.setDisability(m.isDisability());
            row.setOccupation(m.getOccupation());
            form.getHousehold().add(row);
        }
        for (IncomeSource i : f.getIncomes()) {
            FileForm.Income row = new FileForm.Income();
            row.setType(i.getType());
            row.setMonthlyAmount(i.getMonthlyAmount());
            form.getIncomes().add(row);
        }
        return form;
    }

    /** The file's details as the form gives them, checked and normalised; refuses what no file may hold. */
    public Beneficiary.Details toDetails(LocalDate today, PersonalData personalData) {
        FileForm form = this;
        String mobile = null;
        if (form.getMobile() != null && !form.getMobile().isBlank()) {
            mobile = SaudiMobiles.e164(form.getMobile()).orElseThrow(() -> new RuleViolation("file.error.mobile"));
        }
        String iban = null;
        String typedIban = form.effectiveIban();
        if (typedIban != null && !typedIban.isBlank()) {
            if (!SaudiIbans.isValid(typedIban)) {
                throw new RuleViolation("file.error.iban");
            }
            iban = SaudiIbans.normalise(typedIban);
        }
        if (form.getBirthDate() != null && form.getBirthDate().isAfter(today)) {
            throw new RuleViolation("file.error.birthDate");
        }
        PersonName name = new PersonName(form.getFirstName(), form.getFatherName(), form.getGrandfatherName(),
                form.getFamilyName());
        List<HouseholdMember> members = new ArrayList<>();
        for (FileForm.Member m : form.getHousehold()) {
            if (m.getFullName() == null || m.getFullName().isBlank() || m.getRelation() == null) {
                throw new RuleViolation("household.error.incomplete");
            }
            String typedId = m.effectiveIdNumber();
            String memberId = typedId == null || typedId.isBlank() ? null : Digits.only(typedId);
            if (memberId != null && !NationalIds.isValid(memberId)) {
                throw new RuleViolation("household.error.idInvalid", m.getFullName());
            }
            members.add(new HouseholdMember(m.getFullName().trim(), m.getRelation(), memberId,
                    memberId == null ? null : personalData.lookupHash(memberId), m.getBirthDate(), m.isDisability(),
                    m.getOccupation()));
        }
        List<IncomeSource> incomes = new ArrayList<>();
        for (FileForm.Income i : form.getIncomes()) {
            if (i.getType() == null || i.getMonthlyAmount() == null || i.getMonthlyAmount().signum() < 0) {
                throw new RuleViolation("income.error.incomplete");
            }
            incomes.add(new IncomeSource(i.getType(), i.getMonthlyAmount()));
        }
        BigDecimal rent = form.getMonthlyRent() == null || form.getMonthlyRent().signum() < 0 ? null : form.getMonthlyRent();
        return new Beneficiary.Details(name, form.getNameEn(), ArabicText.normalise(name.full()), form.getNationality(),
                form.getGender(), form.getBirthDate(), form.getMaritalStatus(), mobile, form.getEmail(), form.getCity(),
                form.getDistrict(), form.getAddress(), form.getCategoryCode(), form.getHousing(), rent, iban,
                iban == null ? null : personalData.lookupHash(iban), members, incomes);
    }

}
