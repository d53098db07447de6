package org.ektefaa.beneficiaries.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Set;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.testing.ModuleDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's coded lists on the platform's one base ({@code CodedEntry}): stored and read back with both names,
 * whether still offered and a version, through the module's own persistence unit; a name missing in either language
 * is refused.
 */
class CodedListsTest {

    private static ModuleDatabase database;

    @BeforeAll
    static void lists() {
        database = new ModuleDatabase("beneficiaries", "ben", "coded");
        database.inTransaction(em -> {
            Category orphans = new Category("TEST_ORPHANS", "أيتام", "Orphans");
            orphans.update("أيتام", "Orphans", true, Set.of("ID_CARD"));
            em.persist(orphans);
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aCategoryAndADocumentKindComeBackWithBothNames() {
        EntityManager em = database.entityManager();
        try {
            Category category = em.find(Category.class, "TEST_ORPHANS");
            assertThat(category.name(Locale.forLanguageTag("ar"))).isEqualTo("أيتام");
            assertThat(category.name(Locale.ENGLISH)).isEqualTo("Orphans");
            assertThat(category.isActive()).isTrue();
            assertThat(category.getRequiredDocuments()).containsExactly("ID_CARD");
            DocumentType any = em.createQuery("select d from DocumentType d order by d.code", DocumentType.class)
                    .setMaxResults(1).getSingleResult();
            assertThat(any.getName().getAr()).isNotBlank();
            assertThat(any.getName().getEn()).isNotBlank();
            assertThat(any.isActive()).as("the migration keeps every existing kind offered").isTrue();
        } finally {
            em.close();
        }
    }

    @Test
    void aNameMissingInEitherLanguageIsRefused() {
        Category category = new Category("TEST_WIDOWS", "أرامل", "Widows");
        assertThatThrownBy(() -> category.change(new LocalizedName("أرامل", " "), true)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("list.error.names");
        assertThatThrownBy(() -> new Category("lower", "أرامل", "Widows")).isInstanceOf(RuleViolation.class);
    }
}
