package org.ektefaa.eligibility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.HouseholdFacts;
import org.ektefaa.eligibility.api.Outcome;
import org.ektefaa.eligibility.control.Evaluation;
import org.ektefaa.eligibility.control.RuleBook;
import org.ektefaa.eligibility.entity.Criterion;
import org.ektefaa.eligibility.entity.Factor;
import org.ektefaa.eligibility.entity.RuleSet;
import org.ektefaa.eligibility.entity.ScoreModel;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;

/**
 * The eligibility rules and the score's weights as administrators keep them (issue #26): every version kept, a new one
 * effective from a date not in the past (assessments already made keep the rules they were made with), and before a
 * new version is saved, a preview of how it would move the files now open.
 */
@ApplicationScoped
@Transactional
public class Rules {

    /** The most files a preview weighs: the most recently assessed. */
    public static final int PREVIEW_MOST = 10_000;

    /** Files whose assessment a change of rules may move: submitted, under decision or registered. */
    static final Set<String> OPEN = Set.of("SUBMITTED", "UNDER_DECISION", "REGISTERED");

    @Inject
    RuleBook book;

    @Inject
    BeneficiaryDirectory files;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Event<Audited> audited;

    /**
     * A new version of a category's rules (categoryCode null: every category without its own), or of a service's
     * ({@code serviceCode}; its period is the file's, so {@code validMonths} is not read).
     */
    public record Draft(String categoryCode, String serviceCode, LocalDate effectiveFrom, int validMonths, String note,
                        List<Criterion> criteria) implements java.io.Serializable {

        public Draft(String categoryCode, LocalDate effectiveFrom, int validMonths, String note, List<Criterion> criteria) {
            this(categoryCode, null, effectiveFrom, validMonths, note, criteria);
        }
    }

    @Inject
    jakarta.enterprise.inject.Instance<org.ektefaa.eligibility.api.ServiceNames> services;

    /**
     * How a draft would move the open files of its scope: how many were weighed, how many would become eligible, not
     * eligible or to be reviewed, how many stay as they are; {@code capped} when there were more than
     * {@link #PREVIEW_MOST}.
     */
    public record Preview(int weighed, int toEligible, int toNotEligible, int toReview, int unchanged, boolean capped)
            implements java.io.Serializable {
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<RuleSet> ruleSets() {
        return book.ruleSets();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<ScoreModel> scoreModels() {
        return book.scoreModels();
    }

    /** The rules in force today for a category (or the general ones, for null). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<RuleSet> inForce(String categoryCode) {
        return book.rulesFor(categoryCode, today());
    }

    /** The rules in force today for a service, if it has any. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<RuleSet> inForceForService(String serviceCode) {
        return Optional.ofNullable(book.serviceRules(List.of(serviceCode), today()).get(serviceCode));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Optional<ScoreModel> scoreModelInForce() {
        return book.scoreModel(today());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public RuleSet save(Draft draft) {
        RuleSet rules = check(draft);
        book.keep(rules);
        audited.fire(new Audited(caller.name(), "ELIGIBILITY_RULES_SAVED", "RuleSet", String.valueOf(rules.getId()),
                rules.scopeKey() + " from " + draft.effectiveFrom()));
        return rules;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ScoreModel saveScoreModel(LocalDate effectiveFrom, Map<Factor, Integer> weights, BigDecimal incomeLine,
                                     int highFrom, int mediumFrom) {
        notInThePast(effectiveFrom);
        ScoreModel model = new ScoreModel(effectiveFrom, weights, incomeLine, highFrom, mediumFrom, caller.name(),
                clock.instant());
        book.keep(model);
        audited.fire(new Audited(caller.name(), "SCORE_MODEL_SAVED", "ScoreModel", String.valueOf(model.getId()),
                weights + " from " + effectiveFrom));
        return model;
    }

    /**
     * How {@code draft} would move the open files it applies to: each file's facts as they are now, under the rules in
     * force and under the draft. Read without a transaction, so each page of files is let go once weighed.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Preview preview(Draft draft) {
        RuleSet rules = check(draft);
        boolean service = rules.getServiceCode() != null;
        // a service's criteria are asked of every file; a category's of its files; the general ones of the rest
        List<Long> candidates = book.currentOutcomes(draft.categoryCode(), service ? null
                        : draft.categoryCode() == null ? book.categoriesWithOwnRules(draft.effectiveFrom()) : Set.of(),
                LocalDate.of(1, 1, 1), Integer.MAX_VALUE).stream().map(r -> (Long) r[0]).toList();
        List<Criterion> serviceNow = service ? inForceForService(rules.getServiceCode()).map(RuleSet::getCriteria)
                .orElse(List.of()) : List.of();
        Map<String, List<Criterion>> inForce = new java.util.HashMap<>();
        int weighed = 0;
        int toEligible = 0;
        int toNot = 0;
        int toReview = 0;
        int unchanged = 0;
        int from = 0;
        for (; from < candidates.size() && weighed < PREVIEW_MOST; from += 500) {
            Map<Long, HouseholdFacts> facts = files.householdFacts(candidates.subList(from,
                    Math.min(candidates.size(), from + 500)));
            for (HouseholdFacts f : facts.values()) {
                if (!OPEN.contains(f.status()) || weighed >= PREVIEW_MOST) {
                    continue;
                }
                weighed++;
                List<Criterion> current = service ? serviceNow : inForce.computeIfAbsent(String.valueOf(f.categoryCode()),
                        k -> book.rulesFor(f.categoryCode(), today()).map(RuleSet::getCriteria).orElse(List.of()));
                // a service without criteria yet asks nothing of a file: as if all were met
                Outcome now = service && current.isEmpty() ? Outcome.ELIGIBLE
                        : Evaluation.outcome(Evaluation.evaluate(f, current, today()));
                Outcome then = Evaluation.outcome(Evaluation.evaluate(f, rules.getCriteria(), draft.effectiveFrom()));
                if (then == now) {
                    unchanged++;
                } else if (then == Outcome.ELIGIBLE) {
                    toEligible++;
                } else if (then == Outcome.NOT_ELIGIBLE) {
                    toNot++;
                } else {
                    toReview++;
                }
            }
        }
        return new Preview(weighed, toEligible, toNot, toReview, unchanged, from < candidates.size());
    }

    /** The files awaiting a decision that have an assessment, to assess again after a change of rules. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<Long> awaitingDecision() {
        List<Long> ids = book.currentOutcomes(null, null, today(), Integer.MAX_VALUE).stream().map(r -> (Long) r[0]).toList();
        List<Long> awaiting = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            files.householdFacts(ids.subList(from, Math.min(ids.size(), from + 500))).values().stream()
                    .filter(f -> "SUBMITTED".equals(f.status()) || "UNDER_DECISION".equals(f.status()))
                    .forEach(f -> awaiting.add(f.fileId()));
        }
        return awaiting;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Map<String, String> categoryNames(Locale locale) {
        return files.categoryNames(locale);
    }

    /** The catalogue's services (from the requests module; none when it is not deployed, as in this module's tests). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Map<String, String> serviceNames(Locale locale) {
        return services.isResolvable() ? services.get().serviceNames(locale) : Map.of();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Map<String, String> documentNames(Locale locale) {
        return files.documentNames(locale);
    }

    private RuleSet check(Draft draft) {
        notInThePast(draft.effectiveFrom());
        if (draft.criteria().isEmpty()) {
            throw new RuleViolation("rules.error.noCriteria");
        }
        boolean service = draft.serviceCode() != null && !draft.serviceCode().isBlank();
        return new RuleSet(draft.categoryCode(), draft.serviceCode(), draft.effectiveFrom(),
                service ? RuleSet.DEFAULT_VALID_MONTHS : draft.validMonths(), draft.note(), draft.criteria(),
                caller.name(), Instant.now(clock));
    }

    private void notInThePast(LocalDate from) {
        if (from == null || from.isBefore(today())) {
            throw new RuleViolation("rules.error.past");
        }
    }

    /** Today where the association is. */
    @RolesAllowed(Role.ADMIN_NAME)
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
