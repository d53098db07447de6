package org.ektefaa.beneficiaries.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.beneficiaries.boundary.ImportCheck.Mapped;
import org.ektefaa.beneficiaries.boundary.ImportCheck.PastAid;
import org.ektefaa.beneficiaries.boundary.ImportCheck.Person;
import org.ektefaa.beneficiaries.boundary.ImportCheck.Problem;
import org.ektefaa.beneficiaries.control.ImportField;
import org.ektefaa.beneficiaries.control.ImportValues;
import org.ektefaa.beneficiaries.entity.Enums.IdType;
import org.ektefaa.beneficiaries.entity.Enums.IncomeType;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.NationalIds;
import org.ektefaa.platform.api.saudi.SaudiIbans;
import org.ektefaa.platform.api.saudi.SaudiMobiles;

/**
 * A row of an association's sheet read through its mapping (issue #25), for {@link ImportCheck}: the file's own fields
 * on a person's first row, a household member, a past aid; each value checked with the wizard's rules, each problem
 * recorded with its cell.
 */
final class ImportRow {

    private final Mapped sheet;
    private final int index;
    private final LocalDate today;
    private final Map<String, String> categories;
    final int line;

    ImportRow(Mapped sheet, int index, LocalDate today, Map<String, String> categories) {
        this.sheet = sheet;
        this.index = index;
        this.today = today;
        this.categories = categories;
        // the spreadsheet's own row number, as Excel shows it (blank rows and a title above the headings counted)
        this.line = sheet.table().line(index);
    }

    boolean has(ImportField field) {
        return sheet.columns().containsKey(field);
    }

    /** What a name is written with: letters and their marks, spaces, an apostrophe, a hyphen or a point. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\s'’.\\-]+");

    String text(ImportField field) {
        Integer column = sheet.columns().get(field);
        return column == null ? "" : sheet.table().cell(index, column).strip();
    }

    String headingOf(ImportField field) {
        Integer column = sheet.columns().get(field);
        return column == null ? "" : sheet.table().headings().get(column);
    }

    void refuse(Person person, ImportField field, String key, Object... arguments) {
        person.problems().add(new Problem(sheet.table().name(), line, headingOf(field), true, key, List.of(arguments)));
    }

    void warn(Person person, ImportField field, String key, Object... arguments) {
        person.problems().add(new Problem(sheet.table().name(), line, headingOf(field), false, key, List.of(arguments)));
    }

    Optional<LocalDate> day(Person person, ImportField field) {
        String text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<ImportValues.Day> day = ImportValues.day(text);
        if (day.isEmpty()) {
            refuse(person, field, "import.error.day", text);
            return Optional.empty();
        }
        if (day.get().date().isAfter(today)) {
            refuse(person, field, "import.error.future", text);
            return Optional.empty();
        }
        return Optional.of(day.get().date());
    }

    /** The household member on this row, if any; whether there was one. */
    boolean member(Person person) {
        String name = text(ImportField.MEMBER_NAME);
        if (name.isEmpty()) {
            return false;
        }
        if (!NAME.matcher(name).matches()) {
            refuse(person, ImportField.MEMBER_NAME, "import.error.nameCharacters");
        }
        FileForm.Member member = new FileForm.Member();
        member.setFullName(name);
        String relation = text(ImportField.MEMBER_RELATION);
        ImportValues.relation(relation).ifPresentOrElse(member::setRelation,
                () -> refuse(person, ImportField.MEMBER_RELATION, relation.isEmpty() ? "import.error.relationMissing"
                        : "import.error.relation", relation));
        String id = Digits.only(text(ImportField.MEMBER_ID_NUMBER));
        if (id != null && !id.isEmpty()) {
            if (NationalIds.isValid(id)) {
                member.setIdNumber(id);
            } else {
                refuse(person, ImportField.MEMBER_ID_NUMBER, "import.error.idInvalid");
            }
        }
        day(person, ImportField.MEMBER_BIRTH_DATE).ifPresent(member::setBirthDate);
        person.form().getHousehold().add(member);
        return true;
    }

    /** The past aid on this row, if any; whether there was one. */
    boolean aid(Person person) {
        if (!has(ImportField.AID_DATE) || text(ImportField.AID_DATE).isEmpty() && text(ImportField.AID_SERVICE).isEmpty()
                && text(ImportField.AID_AMOUNT).isEmpty() && text(ImportField.AID_QUANTITY).isEmpty()) {
            return false;
        }
        Optional<LocalDate> date = day(person, ImportField.AID_DATE);
        if (text(ImportField.AID_DATE).isEmpty()) {
            refuse(person, ImportField.AID_DATE, "import.error.aidDate");
        }
        BigDecimal quantity = number(person, ImportField.AID_QUANTITY);
        BigDecimal amount = number(person, ImportField.AID_AMOUNT);
        String service = text(ImportField.AID_SERVICE);
        if (service.isEmpty()) {
            refuse(person, ImportField.AID_SERVICE, "import.error.aidService");
        }
        date.ifPresent(d -> person.aid().add(new PastAid(d, service, quantity, amount,
                blankToNull(text(ImportField.AID_FUND)))));
        return true;
    }

    private BigDecimal number(Person person, ImportField field) {
        String text = text(field);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> value = ImportValues.amount(text);
        if (value.isEmpty()) {
            refuse(person, field, "import.error.amount");
        }
        return value.orElse(null);
    }

    /** The file's own fields of a person's first  */
    void file(Person person) {
        FileForm form = person.form();
        form.setIdType(person.idNumber() != null && NationalIds.isCitizen(person.idNumber()) ? IdType.NATIONAL_ID : IdType.IQAMA);
        form.setIdNumber(person.idNumber());
        form.setChannel(ContactChannel.IN_PERSON_INTERVIEW);
        String full = text(ImportField.FULL_NAME);
        if (!full.isEmpty()) {
            ImportValues.NameParts parts = ImportValues.splitName(full);
            form.setFirstName(parts.first());
            form.setFatherName(blankToNull(parts.father()));
            form.setGrandfatherName(blankToNull(parts.grandfather()));
            form.setFamilyName(parts.family());
        }
        for (ImportField part : List.of(ImportField.FIRST_NAME, ImportField.FATHER_NAME, ImportField.GRANDFATHER_NAME,
                ImportField.FAMILY_NAME)) {
            String value = text(part);
            if (!value.isEmpty()) {
                switch (part) {
                    case FIRST_NAME -> form.setFirstName(value);
                    case FATHER_NAME -> form.setFatherName(value);
                    case GRANDFATHER_NAME -> form.setGrandfatherName(value);
                    default -> form.setFamilyName(value);
                }
            }
        }
        ImportField nameField = has(ImportField.FULL_NAME) ? ImportField.FULL_NAME : ImportField.FIRST_NAME;
        if (isBlank(form.getFirstName())) {
            refuse(person, nameField, "import.error.nameMissing");
        } else if (java.util.stream.Stream.of(form.getFirstName(), form.getFatherName(), form.getGrandfatherName(),
                form.getFamilyName()).anyMatch(part -> part != null && !NAME.matcher(part).matches())) {
            // a formula, a command, a number or markup is not a name (nor kept to leave later in an export)
            refuse(person, nameField, "import.error.nameCharacters");
        } else if (isBlank(form.getFamilyName())) {
            refuse(person, has(ImportField.FAMILY_NAME) ? ImportField.FAMILY_NAME : nameField,
                    "import.error.familyMissing");
        } else if (isBlank(form.getFatherName()) || isBlank(form.getGrandfatherName())) {
            // the file comes in, and the missing part is asked for when it is verified (Completeness)
            warn(person, has(ImportField.FULL_NAME) ? ImportField.FULL_NAME : isBlank(form.getFatherName())
                    ? ImportField.FATHER_NAME : ImportField.GRANDFATHER_NAME, "import.warning.nameParts");
        }
        form.setNameEn(blankToNull(text(ImportField.NAME_EN)));
        day(person, ImportField.BIRTH_DATE).ifPresent(form::setBirthDate);
        String gender = text(ImportField.GENDER);
        if (!gender.isEmpty()) {
            ImportValues.gender(gender).ifPresentOrElse(form::setGender,
                    () -> warn(person, ImportField.GENDER, "import.warning.unknownWord", gender));
        }
        String marital = text(ImportField.MARITAL_STATUS);
        if (!marital.isEmpty()) {
            ImportValues.maritalStatus(marital).ifPresentOrElse(form::setMaritalStatus,
                    () -> warn(person, ImportField.MARITAL_STATUS, "import.warning.unknownWord", marital));
        }
        String mobile = text(ImportField.MOBILE);
        if (!mobile.isEmpty()) {
            SaudiMobiles.e164(mobile).ifPresentOrElse(form::setMobile,
                    () -> refuse(person, ImportField.MOBILE, "import.error.mobile"));
        }
        String iban = text(ImportField.IBAN);
        if (!iban.isEmpty()) {
            if (SaudiIbans.isValid(iban)) {
                form.setIban(SaudiIbans.normalise(iban));
            } else {
                refuse(person, ImportField.IBAN, "import.error.iban");
            }
        }
        String email = text(ImportField.EMAIL);
        if (!email.isEmpty()) {
            if (email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                form.setEmail(email);
            } else {
                refuse(person, ImportField.EMAIL, "import.error.email");
            }
        }
        String category = text(ImportField.CATEGORY);
        if (!category.isEmpty()) {
            String code = categories.get(ImportValues.word(category));
            if (code == null) {
                refuse(person, ImportField.CATEGORY, "import.error.category", category);
            } else {
                form.setCategoryCode(code);
            }
        }
        form.setCity(blankToNull(text(ImportField.CITY)));
        form.setDistrict(blankToNull(text(ImportField.DISTRICT)));
        form.setAddress(blankToNull(text(ImportField.ADDRESS)));
        String income = text(ImportField.MONTHLY_INCOME);
        if (!income.isEmpty()) {
            ImportValues.amount(income).ifPresentOrElse(amount -> {
                FileForm.Income source = new FileForm.Income();
                source.setType(IncomeType.OTHER);
                source.setMonthlyAmount(amount);
                form.getIncomes().add(source);
            }, () -> refuse(person, ImportField.MONTHLY_INCOME, "import.error.amount"));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
