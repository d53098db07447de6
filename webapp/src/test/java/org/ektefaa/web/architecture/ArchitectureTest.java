package org.ektefaa.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries, enforced on the product's classes (the build fails on a violation), and each rule
 * proven able to fail on a fixture that breaks it, so that no rule is silently vacuous.
 */
class ArchitectureTest {

    private static final String FIXTURES = "org.ektefaa.archfixture";
    private static JavaClasses product;
    private static JavaClasses violating;
    private static JavaClasses compliant;

    @BeforeAll
    static void importClasses() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ektefaa");
        violating = new ClassFileImporter().importPackages(FIXTURES + ".violating");
        compliant = new ClassFileImporter().importPackages(FIXTURES + ".compliant");
    }

    @Test
    void theProductKeepsEveryModuleRule() {
        assertThat(product.containPackage("org.ektefaa.platform.api")).isTrue();
        assertThat(product.containPackage("org.ektefaa.web")).isTrue();
        for (ArchRule rule : new ModuleRules("org.ektefaa").all()) {
            rule.check(product);
        }
    }

    /** Pages name their beans by EL name across all modules: two modules' {@code @Named} beans must differ. */
    @Test
    void expressionLanguageNamesAreUniqueAcrossModules() {
        java.util.Map<String, java.util.List<String>> byName = new java.util.TreeMap<>();
        for (com.tngtech.archunit.core.domain.JavaClass type : product) {
            if (type.isAnnotatedWith(jakarta.inject.Named.class)) {
                String value = type.getAnnotationOfType(jakarta.inject.Named.class).value();
                String name = value.isEmpty()
                        ? Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1) : value;
                byName.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(type.getName());
            }
        }
        assertThat(byName).isNotEmpty().allSatisfy((name, types) -> assertThat(types).as(name).hasSize(1));
    }

    @Test
    void aCompliantFixturePassesEveryRule() {
        for (ArchRule rule : new ModuleRules(FIXTURES + ".compliant").all()) {
            rule.check(compliant);
        }
    }

    @Test
    void reachingIntoAnotherModulesInternalsFails() {
        assertViolated(rules().onlyApiAcrossModules(), "reaches into the internals of module 'beneficiaries'");
    }

    @Test
    void anEdgeTheArchitectureDoesNotDrawFails() {
        assertViolated(rules().onlyAllowedModuleEdges(), "module 'volunteering' may not depend on module 'requests'");
    }

    @Test
    void aCycleBetweenModulesFails() {
        assertViolated(rules().noCycles(), "Cycle detected");
    }

    @Test
    void anEntityInAnApiPackageFails() {
        assertViolated(rules().noEntityInApi(), "LeakedEntity");
    }

    @Test
    void anApiDependingOnItsInternalsFails() {
        assertViolated(rules().apiIndependentOfInternals(), "api of module 'beneficiaries' depends on an internal class");
    }

    @Test
    void anImplementationInAnApiPackageFails() {
        assertViolated(rules().apiHoldsContracts(), "ConfiguredLinks");
    }

    @Test
    void aFacesBeanTouchingTheEntityManagerFails() {
        assertViolated(rules().facesBeansWithoutEntityManager(), "SneakyView");
    }

    @Test
    void aPublicBoundaryMethodSayingNothingAboutWhoMayCallItFails() {
        assertViolated(rules().boundaryMethodsDeclareWhoMayCall(), "undeclared");
    }

    @Test
    void aPublicBoundaryMethodTakingTheActorsNameFails() {
        assertViolated(rules().boundaryMethodsTakeNoActorName(), "takes the actor as parameter 'by'");
    }

    @Test
    void anEntityUsingItsControlLayerFails() {
        assertViolated(rules().layersPointInwards(), "the entity layer of module 'requests' depends on its control layer");
    }

    @Test
    void aControlCallingItsBoundaryFails() {
        assertViolated(rules().layersPointInwards(), "the control layer of module 'requests' depends on its boundary layer");
    }

    @Test
    void anEntityFindingItselfThroughTheEntityManagerFails() {
        assertViolated(rules().entitiesWithoutEntityManager(), "Claim");
    }

    @Test
    void aBoundaryDoingEverythingFails() {
        assertViolated(rules().boundariesStaySmall(), "Everything injects 13 collaborators");
    }

    private static ModuleRules rules() {
        return new ModuleRules(FIXTURES + ".violating");
    }

    private static void assertViolated(ArchRule rule, String expected) {
        assertThatThrownBy(() -> rule.check(violating)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(expected);
    }
}
