package org.ektefaa.eligibility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiaryFileSubmitted;
import org.ektefaa.beneficiaries.api.FileChanged;
import org.ektefaa.beneficiaries.api.HouseholdFacts;
import org.ektefaa.eligibility.api.AssessmentMade;
import org.ektefaa.eligibility.api.Eligibility;
import org.ektefaa.eligibility.api.Outcome;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.control.Evaluation;
import org.ektefaa.eligibility.control.RuleBook;
import org.ektefaa.eligibility.control.Scoring;
import org.ektefaa.eligibility.control.VisitBook;
import org.ektefaa.eligibility.entity.Assessment;
import org.ektefaa.eligibility.entity.RuleSet;
import org.ektefaa.eligibility.entity.ScoreModel;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;

/**
 * A file assessed (issue #26): when it is submitted for decision and whenever it is corrected afterwards (in the same
 * transaction, from the beneficiaries module's events), or when staff ask again. Each assessment reads the file's facts
 * through {@link BeneficiaryDirectory}, the rules in force for its category and the score model in force, and is kept
 * as it was made; the latest is the file's standing, shown in the executive's queue and on the file.
 */
@ApplicationScoped
@Transactional
public class Assessments implements Eligibility {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Assessments.class.getName());

    @Inject
    BeneficiaryDirectory files;

    @Inject
    RuleBook rules;

    @Inject
    VisitBook visits;

    @Inject
    org.ektefaa.eligibility.control.RenewalBook renewals;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Event<AssessmentMade> made;

    /**
     * In the submitting transaction, like the registration request it opens: the executive's queue never shows a file
     * without its eligibility, and a decision is always weighed against the assessment the file was submitted with.
     */
    void on(@Observes BeneficiaryFileSubmitted submitted) {
        assess(submitted.beneficiaryId(), "SUBMITTED", submitted.submittedBy());
    }

    /** In the correcting transaction: a decision taken after a correction is weighed against the corrected file. */
    void on(@Observes FileChanged changed) {
        assess(changed.beneficiaryId(), "FILE_CHANGED", changed.changedBy());
    }

    /**
     * In the deciding transaction: a registered file's eligibility holds for its category's period from the day it is
     * registered; a registered file never lacks the day it ends.
     */
    void on(@Observes org.ektefaa.beneficiaries.api.RegistrationDecided decided) {
        if (decided.approved() && renewals.of(decided.beneficiaryId()).isEmpty()) {
            LocalDate day = LocalDate.ofInstant(decided.decidedAt(), clock.getZone());
            String category = files.householdFacts(decided.beneficiaryId()).map(HouseholdFacts::categoryCode).orElse(null);
            renewals.keep(new org.ektefaa.eligibility.entity.Renewal(decided.beneficiaryId(),
                    day.plusMonths(monthsFor(category, day)), decided.decidedAt()));
        }
    }

    /** How long an assessment holds for a category on {@code day}: its rules' period, 12 months without rules. */
    int monthsFor(String category, LocalDate day) {
        return rules.rulesFor(category, day).map(RuleSet::getValidMonths).orElse(RuleSet.DEFAULT_VALID_MONTHS);
    }

    /** A merged file is no longer renewed: the kept file is (issue #24). */
    void on(@Observes org.ektefaa.beneficiaries.api.FilesMerged merged) {
        renewals.remove(merged.mergedId());
    }

    /** A merge undone: the file comes back with the period of its latest assessment, if it was registered. */
    void on(@Observes org.ektefaa.beneficiaries.api.FilesUnmerged unmerged) {
        long id = unmerged.mergedId();
        if (renewals.of(id).isEmpty() && files.householdFacts(id).filter(f -> "REGISTERED".equals(f.status())).isPresent()) {
            rules.latest(List.of(id)).values().stream().findFirst().ifPresent(a -> renewals.keep(
                    new org.ektefaa.eligibility.entity.Renewal(id, a.getValidUntil(), unmerged.at())));
        }
    }

    /**
     * The assessment of a renewal ({@link Renewals}, which checks who asks): the only one, after the registration, that
     * gives the file another period. Not public: nothing else may move a period on.
     */
    Optional<Standing> onRenewal(long fileId) {
        return assess(fileId, "RENEWAL", caller.name());
    }

    /** Assesses the file again now (after a document was added, or the rules changed). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Standing assessAgain(long fileId) {
        return assess(fileId, "ASKED", caller.name())
                .orElseThrow(() -> new RuleViolation("eligibility.error.noFile"));
    }

    /** Assesses the file again after a home visit was assigned, cancelled or signed ({@link Visits}). */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<Standing> afterVisit(long fileId, String madeFor) {
        return assess(fileId, madeFor, caller.name());
    }

    /**
     * Assesses files again after the rules changed (a page at a time, each page a transaction of its own): returns how
     * many were assessed.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public int assessAgain(Collection<Long> fileIds) {
        String by = caller.name();
        int done = 0;
        for (long id : fileIds) {
            if (assess(id, "RULES_CHANGED", by).isPresent()) {
                done++;
            }
        }
        return done;
    }

    private Optional<Standing> assess(long fileId, String madeFor, String by) {
        Optional<HouseholdFacts> found = files.householdFacts(fileId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HouseholdFacts facts = found.get();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Optional<RuleSet> ruleSet = rules.rulesFor(facts.categoryCode(), today);
        Optional<ScoreModel> model = rules.scoreModel(today);
        List<Standing.Line> results;
        Scoring.Score score;
        Outcome outcome;
        try {
            // the criteria read the latest visit (due or signed); the score only the latest signed one
            java.util.Optional<Standing.Line> visitLine = Evaluation.visit(visits.latest(fileId).orElse(null));
            Visit done = visits.latestDone(List.of(fileId)).get(fileId);
            List<Standing.Line> ruleLines = Evaluation.evaluate(facts, ruleSet.map(RuleSet::getCriteria).orElse(List.of()),
                    today);
            outcome = Evaluation.outcome(ruleLines, visitLine);
            results = new java.util.ArrayList<>(ruleLines);
            visitLine.ifPresent(results::add);
            score = model.map(m -> Scoring.score(facts, m, done, today))
                    .orElse(new Scoring.Score(0, "LOW", List.of()));
        } catch (RuntimeException unexpected) {
            // runs inside the submission or correction: a fault here must not undo it; the file stays unassessed
            // (the queue shows "—") and staff can assess it again. No personal data in the log.
            LOG.log(java.util.logging.Level.WARNING, "file " + fileId + " could not be assessed: " + unexpected);
            return Optional.empty();
        }
        int months = ruleSet.map(RuleSet::getValidMonths).orElse(RuleSet.DEFAULT_VALID_MONTHS);
        // a registered file's period runs from its registration or its last renewal: a correction, a visit or new
        // rules assess it again without giving it another period (only a renewal looks at the whole household again)
        // (a renewal before the end adds the period to the days left; after it, the period runs from today)
        Optional<org.ektefaa.eligibility.entity.Renewal> period = renewals.of(fileId);
        if (period.isEmpty() && "REGISTERED".equals(facts.status())) {
            // registered before periods were kept: its period is the one its latest assessment said
            LocalDate held = rules.latest(List.of(fileId)).values().stream().findFirst()
                    .map(Assessment::getValidUntil).orElse(today.plusMonths(months));
            org.ektefaa.eligibility.entity.Renewal made = new org.ektefaa.eligibility.entity.Renewal(fileId, held, now);
            renewals.keep(made);
            period = Optional.of(made);
        }
        LocalDate validUntil = "RENEWAL".equals(madeFor)
                ? period.map(org.ektefaa.eligibility.entity.Renewal::getValidUntil).filter(end -> end.isAfter(today))
                        .orElse(today).plusMonths(months)
                : period.map(org.ektefaa.eligibility.entity.Renewal::getValidUntil).orElse(today.plusMonths(months));
        Assessment assessment = new Assessment(fileId, facts.categoryCode(), ruleSet.map(RuleSet::getId).orElse(null),
                model.map(ScoreModel::getId).orElse(null), outcome, score.total(), score.band(), results,
                score.factors(), madeFor, by == null ? "system" : by, now, validUntil);
        rules.keep(assessment);
        made.fire(new AssessmentMade(assessment.getId(), fileId, facts.categoryCode(), outcome, score.total(),
                score.band(), madeFor, now));
        return Optional.of(assessment.standing());
    }

    @Override
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<Standing> latest(long fileId) {
        return Optional.ofNullable(latest(List.of(fileId)).get(fileId));
    }

    @Override
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<Long, Standing> latest(Collection<Long> fileIds) {
        return rules.latest(fileIds).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().standing()));
    }

    @Override
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<Standing> forService(long fileId, String serviceCode) {
        return Optional.ofNullable(forServices(Map.of(0L, new Asked(fileId, serviceCode))).get(0L));
    }

    /**
     * In four queries whatever the page: the files' latest assessments, the services' rules in force, and the facts of
     * the files asking for a service with rules.
     */
    @Override
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<Long, Standing> forServices(Map<Long, Asked> asked) {
        Map<Long, Standing> standings = latest(asked.values().stream().map(Asked::fileId).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        Map<String, RuleSet> serviceRules = rules.serviceRules(asked.values().stream().map(Asked::serviceCode)
                .filter(java.util.Objects::nonNull).distinct().toList(), today);
        Map<Long, HouseholdFacts> facts = serviceRules.isEmpty() ? Map.of() : files.householdFacts(asked.values()
                .stream().filter(a -> serviceRules.containsKey(a.serviceCode()) && standings.containsKey(a.fileId()))
                .map(Asked::fileId).distinct().toList());
        Map<Long, Standing> out = new java.util.HashMap<>();
        asked.forEach((key, a) -> {
            Standing file = standings.get(a.fileId());
            RuleSet service = a.serviceCode() == null ? null : serviceRules.get(a.serviceCode());
            HouseholdFacts household = facts.get(a.fileId());
            if (file != null) {
                out.put(key, service == null || household == null ? file
                        : file.forService(a.serviceCode(), Evaluation.evaluate(household, service.getCriteria(), today)));
            }
        });
        return out;
    }
}
