package org.ektefaa.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The module boundaries of ARCHITECTURE.md as ArchUnit rules, over any root package: {@code org.ektefaa}
 * for the product, a fixture package for the tests that prove each rule can fail.
 */
final class ModuleRules {

    /** Which modules each module may use (through their {@code api} only). The webapp composes them all. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "platform", Set.of(),
            "beneficiaries", Set.of("platform"),
            "eligibility", Set.of("platform", "beneficiaries", "volunteering"),
            "requests", Set.of("platform", "beneficiaries", "eligibility"),
            "aid", Set.of("platform", "beneficiaries", "requests"),
            "satisfaction", Set.of("platform", "beneficiaries", "requests"),
            "volunteering", Set.of("platform"),
            "reporting", Set.of("platform", "beneficiaries", "eligibility", "requests", "satisfaction", "volunteering"),
            "web", Set.of("platform", "beneficiaries", "eligibility", "requests", "aid", "satisfaction", "volunteering",
                    "reporting"));

    private final String root;

    ModuleRules(String root) {
        this.root = root;
    }

    /** A module uses another module only through that module's {@code api} package. */
    ArchRule onlyApiAcrossModules() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use other modules only through their api package") {
                    @Override
                    public void check(JavaClass source, ConditionEvents events) {
                        Optional<String> from = module(source);
                        for (Dependency d : source.getDirectDependenciesFromSelf()) {
                            Optional<String> to = module(d.getTargetClass());
                            if (from.isPresent() && to.isPresent() && !from.equals(to) && !isApi(d.getTargetClass())) {
                                events.add(SimpleConditionEvent.violated(d, "module '" + from.get()
                                        + "' reaches into the internals of module '" + to.get() + "': "
                                        + d.getDescription()));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** The module graph has only the edges the architecture draws. */
    ArchRule onlyAllowedModuleEdges() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("depend only on the modules the architecture allows") {
                    @Override
                    public void check(JavaClass source, ConditionEvents events) {
                        Optional<String> from = module(source);
                        if (from.isEmpty()) {
                            return;
                        }
                        Set<String> allowed = ALLOWED.getOrDefault(from.get(), Set.of());
                        for (Dependency d : source.getDirectDependenciesFromSelf()) {
                            Optional<String> to = module(d.getTargetClass());
                            if (to.isPresent() && !to.equals(from) && !allowed.contains(to.get())) {
                                events.add(SimpleConditionEvent.violated(d, "module '" + from.get()
                                        + "' may not depend on module '" + to.get() + "': " + d.getDescription()));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** No cycle between modules. */
    ArchRule noCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** An api package holds contracts: no entity. */
    ArchRule noEntityInApi() {
        return noClasses().that().resideInAPackage(root + ".*.api..")
                .should().beAnnotatedWith(Entity.class).allowEmptyShould(true);
    }

    /** An api package does not lean on its own module's internals (which others may not see). */
    ArchRule apiIndependentOfInternals() {
        return classes().that().resideInAPackage(root + ".*.api..")
                .should(new ArchCondition<JavaClass>("depend on no internal package of its module") {
                    @Override
                    public void check(JavaClass source, ConditionEvents events) {
                        Optional<String> from = module(source);
                        for (Dependency d : source.getDirectDependenciesFromSelf()) {
                            if (from.equals(module(d.getTargetClass())) && !isApi(d.getTargetClass())) {
                                events.add(SimpleConditionEvent.violated(d, "api of module '" + from.orElseThrow()
                                        + "' depends on an internal class: " + d.getDescription()));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /**
     * An api package holds contracts (records, events, interfaces, pure functions such as the Saudi data helpers): no
     * CDI bean and nothing reading configuration. What implements a contract lives inside its module (the platform's
     * {@code kernel}) and is injected, never reached through a static call (issue #20).
     */
    ArchRule apiHoldsContracts() {
        return noClasses().that().resideInAPackage(root + ".*.api..")
                .should().beAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .orShould().beAnnotatedWith(jakarta.enterprise.context.RequestScoped.class)
                .orShould().beAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
                .orShould().beAnnotatedWith(jakarta.enterprise.context.Dependent.class)
                .orShould().beAnnotatedWith(Named.class)
                .orShould().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile.config..")
                .allowEmptyShould(true);
    }

    /** Faces beans hold UI state and call a boundary; they never touch the EntityManager. */
    ArchRule facesBeansWithoutEntityManager() {
        return noClasses().that().resideInAPackage(root + "..")
                .and().areAnnotatedWith(Named.class).or().resideInAPackage(root + ".*.web..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .allowEmptyShould(true);
    }

    /**
     * Every public method of a boundary bean says who may call it ({@code @RolesAllowed}, enforced by the platform's
     * interceptor, or {@code @PermitAll} for the public pages' own work and the module api other modules call):
     * authorization at the boundary, not only at the address.
     */
    ArchRule boundaryMethodsDeclareWhoMayCall() {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + ".*.boundary..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .and().areDeclaredInClassesThat().areTopLevelClasses()
                .and().arePublic().and().areNotStatic()
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .allowEmptyShould(true);
    }

    /** The parameter names through which pages used to hand a boundary the name of who was acting. */
    static final Set<String> ACTOR_PARAMETERS = Set.of("by", "actor", "witness", "who", "performedBy", "decidedBy",
            "reviewer", "officer", "employee");

    /**
     * No public boundary method takes the caller's name from its caller: what a boundary records as "done by"
     * comes from the security context ({@code platform.api.Caller}), so a page cannot write someone else's name
     * into a record. (Parameter names are in the class files: the build compiles with {@code -parameters}.)
     */
    ArchRule boundaryMethodsTakeNoActorName() {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(root + ".*.boundary..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
                .and().arePublic().and().areNotStatic()
                .should(new ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "take no parameter naming who acts (the caller comes from the security context)") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        for (java.lang.reflect.Parameter parameter : method.reflect().getParameters()) {
                            if (ACTOR_PARAMETERS.contains(parameter.getName())) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " takes the actor as parameter '" + parameter.getName() + "'"));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }


    /**
     * Inside a module the layers point inwards, boundary → control → entity (Boundary-Control-Entity): an entity
     * depends on no control, boundary or page of its module, a control on no boundary or page, a boundary on no
     * page. Timers, demo loaders and the identity store, which start work of their own, are boundaries.
     */
    ArchRule layersPointInwards() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("depend only on the layers beneath their own in their module") {
                    @Override
                    public void check(JavaClass source, ConditionEvents events) {
                        Optional<String> from = module(source);
                        Optional<String> layer = layer(source);
                        if (from.isEmpty() || layer.isEmpty() || !INWARD.containsKey(layer.get())) {
                            return;
                        }
                        for (Dependency d : source.getDirectDependenciesFromSelf()) {
                            Optional<String> target = layer(d.getTargetClass());
                            if (from.equals(module(d.getTargetClass())) && target.isPresent()
                                    && INWARD.get(layer.get()).contains(target.get())) {
                                events.add(SimpleConditionEvent.violated(d, "the " + layer.get() + " layer of module '"
                                        + from.get() + "' depends on its " + target.get() + " layer: "
                                        + d.getDescription()));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    /** Which layers of its own module each layer may not use. */
    private static final Map<String, Set<String>> INWARD = Map.of(
            "entity", Set.of("control", "boundary", "web"),
            "control", Set.of("boundary", "web"),
            "boundary", Set.of("web"));

    /** An entity keeps its rules; finding and storing it is the control layer's ({@code RequestStore}). */
    ArchRule entitiesWithoutEntityManager() {
        return noClasses().that().resideInAPackage(root + ".*.entity..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .allowEmptyShould(true);
    }

    /** Injected fields a boundary may hold. */
    static final int MOST_INJECTIONS = 12;

    /** The line its last method may start on: a boundary of roughly 300 lines. */
    static final int LAST_METHOD_LINE = 330;

    /**
     * A boundary does one job, named after it: at most a dozen injected collaborators and about 300 lines (issue #20:
     * a boundary growing by addition is cut by use case, as {@code Requests} became intake, handling and queries).
     */
    ArchRule boundariesStaySmall() {
        return classes().that().resideInAPackage(root + ".*.boundary..").and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("hold at most " + MOST_INJECTIONS + " injected fields and about 300 lines") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        long injected = type.getFields().stream().filter(f -> f.isAnnotatedWith(jakarta.inject.Inject.class)
                                || f.isAnnotatedWith(jakarta.persistence.PersistenceContext.class)
                                || f.isAnnotatedWith(jakarta.annotation.Resource.class)).count();
                        if (injected > MOST_INJECTIONS) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " injects " + injected
                                    + " collaborators (at most " + MOST_INJECTIONS + "): cut it by use case"));
                        }
                        int last = type.getCodeUnits().stream().mapToInt(u -> u.getSourceCodeLocation().getLineNumber())
                                .max().orElse(0);
                        if (last > LAST_METHOD_LINE) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " runs past line " + last
                                    + ": cut it by use case"));
                        }
                    }
                }).allowEmptyShould(true);
    }

    ArchRule[] all() {
        return new ArchRule[] {onlyApiAcrossModules(), onlyAllowedModuleEdges(), noCycles(), noEntityInApi(),
                apiIndependentOfInternals(), apiHoldsContracts(), facesBeansWithoutEntityManager(), boundaryMethodsDeclareWhoMayCall(),
                boundaryMethodsTakeNoActorName(), layersPointInwards(), entitiesWithoutEntityManager(), boundariesStaySmall()};
    }

    private Optional<String> module(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** The layer a class is in: the package right under its module's ({@code api}, {@code boundary}, ...). */
    private Optional<String> layer(JavaClass type) {
        return module(type).flatMap(m -> {
            String prefix = root + "." + m + ".";
            String pkg = type.getPackageName();
            if (!pkg.startsWith(prefix)) {
                return Optional.empty();
            }
            String rest = pkg.substring(prefix.length());
            int dot = rest.indexOf('.');
            return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
        });
    }

    private boolean isApi(JavaClass type) {
        String pkg = type.getPackageName();
        return module(type).map(m -> pkg.equals(root + "." + m + ".api") || pkg.startsWith(root + "." + m + ".api."))
                .orElse(false);
    }
}
