package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import org.ektefaa.platform.api.CodedEntry;
import org.ektefaa.platform.api.LocalizedName;
import java.util.Set;

/** A beneficiary category (orphans, widows, ...), managed by administrators, with the documents it requires. */
@Entity
@Table(name = "ben_category")
public class Category extends CodedEntry {

    private static final long serialVersionUID = 1L;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ben_category_document", joinColumns = @JoinColumn(name = "category_code"))
    @Column(name = "document_code")
    private Set<String> requiredDocuments = new LinkedHashSet<>();

    /** Fields this category requires beyond those every file needs ({@link #OPTIONAL_FIELDS}). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ben_category_field", joinColumns = @JoinColumn(name = "category_code"))
    @Column(name = "field_code")
    private Set<String> requiredFields = new LinkedHashSet<>();

    /** What a category's code looks like: capital letters, digits and underscores. */
    public static final String CODE = "[A-Z0-9_]{2,40}";

    /** The fields a category may make required; the others are required on every file. */
    public static final java.util.List<String> OPTIONAL_FIELDS =
            java.util.List.of("idExpiry", "email", "address", "iban", "monthlyRent", "household", "income");

    protected Category() {
    }

    public Category(String code, String nameAr, String nameEn) {
        super(code, new LocalizedName(nameAr, nameEn));
        if (!code.matches(CODE)) {
            throw new org.ektefaa.platform.api.RuleViolation("category.error.code");
        }
    }

    public void update(String nameAr, String nameEn, boolean active, Set<String> requiredDocuments) {
        change(new LocalizedName(nameAr, nameEn), active);
        this.requiredDocuments = new LinkedHashSet<>(requiredDocuments);
    }

    public void requireFields(Set<String> fields) {
        if (!OPTIONAL_FIELDS.containsAll(fields)) {
            throw new org.ektefaa.platform.api.RuleViolation("category.error.field");
        }
        this.requiredFields = new LinkedHashSet<>(fields);
    }

    public Set<String> getRequiredFields() {
        return Set.copyOf(requiredFields);
    }

    public Set<String> getRequiredDocuments() {
        return Set.copyOf(requiredDocuments);
    }
}
