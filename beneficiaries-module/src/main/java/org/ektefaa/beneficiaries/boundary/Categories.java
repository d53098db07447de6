package org.ektefaa.beneficiaries.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.DocumentType;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.RuleViolation;

/** Beneficiary categories and the documents each requires, managed by administrators. */
@ApplicationScoped
@Transactional
public class Categories {

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    Event<Audited> audited;

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<Category> all() {
        return em.createQuery("select c from Category c order by c.code", Category.class).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<Category> active() {
        return all().stream().filter(Category::isActive).toList();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<DocumentType> documentTypes() {
        return em.createQuery("select d from DocumentType d order by d.code", DocumentType.class).getResultList();
    }

    @RolesAllowed({Role.ADMIN_NAME})
    public Category save(@NotBlank String code, Long expectedVersion, @NotBlank String nameAr, @NotBlank String nameEn,
                         boolean active, Set<String> requiredDocuments, Set<String> requiredFields) {
        String by = caller.name();
        String key = code.trim().toUpperCase(Locale.ROOT);
        if (!key.matches(Category.CODE)) {
            throw new RuleViolation("category.error.code");
        }
        for (String doc : requiredDocuments) {
            if (em.find(DocumentType.class, doc) == null) {
                throw new RuleViolation("document.error.kind");
            }
        }
        Category category = em.find(Category.class, key);
        if (category == null) {
            category = new Category(key, nameAr.trim(), nameEn.trim());
            em.persist(category);
        } else if (expectedVersion == null) {
            throw new RuleViolation("category.error.duplicate", key);
        } else {
            Versioned.asSeen(category, expectedVersion);
        }
        category.update(nameAr.trim(), nameEn.trim(), active, requiredDocuments);
        category.requireFields(requiredFields);
        em.flush();
        audited.fire(new Audited(by, "CATEGORY_SAVED", "Category", key, "documents=" + requiredDocuments));
        return category;
    }
}
