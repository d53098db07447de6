package org.ektefaa.beneficiaries.control;

import java.util.stream.Stream;
import org.ektefaa.beneficiaries.entity.PersonName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;

/**
 * What a file still lacks before it may be submitted (policy §5.2): the required fields, the documents its
 * category requires, the employee's verification of each item against the original, the applicant's
 * consent and signed declaration (§5.3). Each gap is a code the page translates: {@code field.mobile},
 * {@code document.LEASE}, {@code verify.IDENTITY}, {@code consent}, {@code declaration}.
 */
public final class Completeness {

    /** Items the employee verifies on every file; BANK only when an IBAN is given, HOUSEHOLD when members are. */
    public static final List<String> BASE_ITEMS = List.of("IDENTITY", "CONTACT", "ADDRESS", "INCOME");

    private Completeness() {
    }

    /** The items an employee must verify on this file: the base items plus each required document. */
    public static Set<String> itemsToVerify(Beneficiary file, Category category) {
        Set<String> items = new LinkedHashSet<>(BASE_ITEMS);
        if (!file.getHousehold().isEmpty()) {
            items.add("HOUSEHOLD");
        }
        if (file.getIban() != null) {
            items.add("BANK");
        }
        if (category != null) {
            category.getRequiredDocuments().stream().sorted().forEach(d -> items.add("DOC_" + d));
        }
        return items;
    }

    /** Everything missing, in the order a person would fix it; empty when the file may be submitted. */
    public static List<String> missing(Beneficiary file, Category category, Collection<String> uploadedDocuments) {
        List<String> gaps = new ArrayList<>();
        PersonName name = file.getName();
        if (name == null || Stream.of(name.getFirst(), name.getFather(), name.getGrandfather(), name.getFamily())
                .anyMatch(part -> part == null || part.isBlank())) {
            gaps.add("field.name");
        }
        require(gaps, file.getBirthDate(), "field.birthDate");
        require(gaps, file.getGender(), "field.gender");
        require(gaps, file.getNationality(), "field.nationality");
        require(gaps, file.getMaritalStatus(), "field.maritalStatus");
        require(gaps, file.getMobile(), "field.mobile");
        require(gaps, file.getCity(), "field.city");
        require(gaps, file.getDistrict(), "field.district");
        require(gaps, file.getHousing(), "field.housing");
        if (file.getCategoryCode() == null || category == null) {
            gaps.add("field.category");
        }
        if (category != null) {
            for (String field : Category.OPTIONAL_FIELDS) {
                if (category.getRequiredFields().contains(field) && !present(file, field)) {
                    gaps.add("field." + field);
                }
            }
            category.getRequiredDocuments().stream().sorted()
                    .filter(d -> !uploadedDocuments.contains(d)).forEach(d -> gaps.add("document." + d));
        }
        itemsToVerify(file, category).stream().filter(item -> !file.isVerified(item))
                .forEach(item -> gaps.add("verify." + item));
        if (!file.hasConsent()) {
            gaps.add("consent");
        }
        if (!file.isSigned()) {
            gaps.add("declaration");
        }
        return gaps;
    }

    private static boolean present(Beneficiary file, String field) {
        return switch (field) {
            case "idExpiry" -> file.getIdExpiry() != null;
            case "email" -> file.getEmail() != null;
            case "address" -> file.getAddress() != null;
            case "iban" -> file.getIban() != null;
            case "monthlyRent" -> file.getMonthlyRent() != null;
            case "household" -> !file.getHousehold().isEmpty();
            case "income" -> !file.getIncomes().isEmpty();
            default -> true;
        };
    }

    private static void require(List<String> gaps, Object value, String code) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            gaps.add(code);
        }
    }
}
