package org.ektefaa.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ektefaa.platform.api.Committed;
import org.ektefaa.platform.api.ModuleEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events between modules are delivered after the commit ({@link Committed}) from a JSON record of them: every
 * {@link ModuleEvent} must come back from that record equal to itself, and every observer in another module must
 * take its event {@code @Committed}, except the few that must commit or fail with the change (listed with why).
 */
class ModuleEventsTest {

    /** Observers that stay in the firing transaction, each because the two changes must stand or fall together. */
    private static final Set<String> IN_THE_SAME_TRANSACTION = Set.of(
            // an approved support request and the entitlement it opens (issue #27): a fund that may not pay for the
            // household (zakat for a category it may not reach) refuses the approval with it
            "org.ektefaa.aid.boundary.Entitlements.on(org.ektefaa.requests.api.RequestDecided)",
            // a submitted file and the registration request that asks the executive to decide on it (policy §5.3–5.4)
            "org.ektefaa.requests.boundary.Decisions.on(org.ektefaa.beneficiaries.api.BeneficiaryFileSubmitted)",
            // a submitted file and its eligibility assessment: the queue never shows one without the other, and a
            // decision is weighed against the assessment the file was submitted with (issue #26)
            "org.ektefaa.eligibility.boundary.Assessments.on(org.ektefaa.beneficiaries.api.BeneficiaryFileSubmitted)",
            // a corrected file and its new assessment, for the same reason
            "org.ektefaa.eligibility.boundary.Assessments.on(org.ektefaa.beneficiaries.api.FileChanged)",
            // a registered file and the day its eligibility ends are one act: a registered file never lacks it (#26)
            "org.ektefaa.eligibility.boundary.Assessments.on(org.ektefaa.beneficiaries.api.RegistrationDecided)",
            // a volunteer holding a visit's field-visit place and being its researcher are one act: the link on their
            // page opens the form at once, and a place given back takes the visit's address from them with it (#26)
            "org.ektefaa.eligibility.boundary.VolunteerVisits.on(org.ektefaa.volunteering.api.VolunteerSignedUp)",
            "org.ektefaa.eligibility.boundary.VolunteerVisits.on(org.ektefaa.volunteering.api.VolunteerWithdrew)",
            // the file is under decision exactly when its request is raised
            "org.ektefaa.beneficiaries.boundary.BeneficiaryFiles.on(org.ektefaa.beneficiaries.api.RegistrationDecisionOpened)",
            // the executive's decision and the file's registration number (or refusal) are one act
            "org.ektefaa.beneficiaries.boundary.BeneficiaryFiles.on(org.ektefaa.beneficiaries.api.RegistrationDecided)");

    private static JavaClasses product;

    @BeforeAll
    static void importClasses() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ektefaa");
    }

    @Test
    void everyModuleEventSurvivesItsJsonRecord() throws Exception {
        List<Class<?>> events = new ArrayList<>();
        for (JavaClass type : product) {
            if (type.isAssignableTo(ModuleEvent.class) && !type.isInterface()) {
                events.add(type.reflect());
            }
        }
        assertThat(events).extracting(Class::getSimpleName).contains("RequestReceived", "SurveyAnswered",
                "VolunteerHoursApproved", "BeneficiaryRegistered");
        try (Jsonb json = JsonbBuilder.create()) {
            for (Class<?> type : events) {
                assertThat(type.isRecord()).as(type.getName()).isTrue();
                Object event = sample(type, 1);
                Object back = json.fromJson(json.toJson(event), type);
                assertThat(back).as(type.getName()).isEqualTo(event);
                Object withNulls = sample(type, 0);
                assertThat(json.fromJson(json.toJson(withNulls), type)).as(type.getName()).isEqualTo(withNulls);
            }
        }
    }

    @Test
    void observersInAnotherModuleTakeTheirEventsAfterTheCommit() {
        Set<String> inTransaction = new TreeSet<>();
        Set<String> committed = new TreeSet<>();
        java.util.Map<String, Set<String>> firedBy = firingModules();
        assertThat(firedBy).containsKeys("org.ektefaa.requests.api.RequestReceived",
                "org.ektefaa.beneficiaries.api.RegistrationDecided");
        for (JavaClass type : product) {
            for (JavaMethod method : type.getMethods()) {
                for (JavaParameter parameter : method.getParameters()) {
                    if (!parameter.isAnnotatedWith(Observes.class)) {
                        continue;
                    }
                    JavaClass event = parameter.getRawType();
                    String name = type.getName() + "." + method.getName() + "(" + event.getName() + ")";
                    if (parameter.isAnnotatedWith(Committed.class)) {
                        assertThat(event.isAssignableTo(ModuleEvent.class)).as(name + " observes a ModuleEvent").isTrue();
                        committed.add(name);
                    } else if (event.isAssignableTo(ModuleEvent.class) && (!module(event).equals(module(type))
                            || firedBy.getOrDefault(event.getName(), Set.of()).stream().anyMatch(m -> !m.equals(module(type))))) {
                        inTransaction.add(name);
                    }
                }
            }
        }
        assertThat(committed).anyMatch(n -> n.startsWith("org.ektefaa.reporting.control.FactRecorder.on("))
                .anyMatch(n -> n.startsWith("org.ektefaa.satisfaction.boundary.Invitations.on("));
        assertThat(inTransaction).as("observers of another module's event inside its transaction")
                .isEqualTo(new TreeSet<>(IN_THE_SAME_TRANSACTION));
    }

    /** For each event type, the modules holding an {@code Event<>} of it (those that fire it). */
    private static java.util.Map<String, Set<String>> firingModules() {
        java.util.Map<String, Set<String>> firedBy = new java.util.TreeMap<>();
        for (JavaClass type : product) {
            for (com.tngtech.archunit.core.domain.JavaField field : type.getFields()) {
                if (field.getRawType().isEquivalentTo(jakarta.enterprise.event.Event.class)
                        && field.getType() instanceof com.tngtech.archunit.core.domain.JavaParameterizedType generic) {
                    firedBy.computeIfAbsent(generic.getActualTypeArguments().get(0).toErasure().getName(),
                            k -> new TreeSet<>()).add(module(type));
                }
            }
        }
        return firedBy;
    }

    private static String module(JavaClass type) {
        return type.getPackageName().split("\\.")[2];
    }

    /** A value of {@code type} with every component set ({@code variant} 1) or every nullable one null (0). */
    private static Object sample(Class<?> type, int variant) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> c = components[i].getType();
            types[i] = c;
            values[i] = value(c, i + 7, variant == 0);
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> c, int seed, boolean nulls) {
        if (c == long.class) {
            return 40_000_000_000L + seed;
        } else if (c == int.class) {
            return seed;
        } else if (c == boolean.class) {
            return seed % 2 == 0;
        } else if (nulls) {
            return null;
        } else if (c == String.class) {
            return "قيمة " + seed + " \"quoted\"";
        } else if (c == Long.class) {
            return (long) seed;
        } else if (c == Integer.class) {
            return seed;
        } else if (c == Boolean.class) {
            return Boolean.TRUE;
        } else if (c == BigDecimal.class) {
            return new BigDecimal("12.75");
        } else if (c == Instant.class) {
            return Instant.parse("2026-03-01T09:15:30.123456Z");
        } else if (c == LocalDate.class) {
            return LocalDate.of(2026, 3, seed);
        } else if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[seed % constants.length];
        }
        throw new AssertionError("a module event carries a " + c.getName() + "; give it a sample here");
    }
}
