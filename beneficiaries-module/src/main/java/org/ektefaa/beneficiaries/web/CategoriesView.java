package org.ektefaa.beneficiaries.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.ektefaa.beneficiaries.boundary.Categories;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.DocumentType;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/** {@code /beneficiaries/categories.xhtml}: administrators keep the categories and their required documents. */
@Named
@ViewScoped
public class CategoriesView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Categories categories;

    private List<Category> all;
    private List<DocumentType> documentTypes;
    private String code;
    private Long version;
    private String nameAr;
    private String nameEn;
    private boolean active = true;
    private List<String> requiredDocuments = new ArrayList<>();
    private List<String> requiredFields = new ArrayList<>();

    @PostConstruct
    void load() {
        all = categories.all();
        documentTypes = categories.documentTypes();
    }

    public void startNew() {
        code = null;
        version = null;
        nameAr = null;
        nameEn = null;
        active = true;
        requiredDocuments = new ArrayList<>();
        requiredFields = new ArrayList<>();
    }

    public void edit(Category category) {
        code = category.getCode();
        version = category.getVersion();
        nameAr = category.getName().getAr();
        nameEn = category.getName().getEn();
        active = category.isActive();
        requiredDocuments = new ArrayList<>(category.getRequiredDocuments());
        requiredFields = new ArrayList<>(category.getRequiredFields());
    }

    public void save() {
        try {
            Category saved = categories.save(code, version, nameAr, nameEn, active,
                    new LinkedHashSet<>(requiredDocuments), new LinkedHashSet<>(requiredFields));
            version = saved.getVersion();
            code = saved.getCode();
            notices.info("ben", "category.saved", saved.getCode());
            load();
        } catch (RuleViolation violation) {
            notices.refused("ben", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
    }

    public boolean isEditing() {
        return version != null;
    }

    public List<Category> getAll() {
        return all;
    }

    public List<DocumentType> getDocumentTypes() {
        return documentTypes;
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

    public List<String> getOptionalFields() {
        return Category.OPTIONAL_FIELDS;
    }

    public List<String> getRequiredFields() {
        return requiredFields;
    }

    public void setRequiredFields(List<String> requiredFields) {
        this.requiredFields = requiredFields;
    }

    public List<String> getRequiredDocuments() {
        return requiredDocuments;
    }

    public void setRequiredDocuments(List<String> requiredDocuments) {
        this.requiredDocuments = requiredDocuments;
    }
}
