package org.ektefaa.eligibility.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ektefaa.eligibility.entity.Assessment;
import org.ektefaa.eligibility.entity.RuleSet;
import org.ektefaa.eligibility.entity.ScoreModel;

/**
 * The rules and weights in force on a day, and the assessments kept: the rule set of a category is its own latest
 * effective on the day, else the latest for every category; a file's standing is its latest assessment.
 */
@ApplicationScoped
public class RuleBook {

    @PersistenceContext(unitName = "eligibility")
    EntityManager em;

    public RuleBook() {
    }

    /** For the module's tests, outside a container. */
    public RuleBook(EntityManager em) {
        this.em = em;
    }

    public Optional<RuleSet> rulesFor(String categoryCode, LocalDate day) {
        if (categoryCode != null) {
            Optional<RuleSet> own = em.createQuery("select r from RuleSet r where r.categoryCode = :c"
                            + " and r.serviceCode is null and r.effectiveFrom <= :d order by r.effectiveFrom desc, r.id desc", RuleSet.class)
                    .setParameter("c", categoryCode).setParameter("d", day).setMaxResults(1).getResultStream().findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        return em.createQuery("select r from RuleSet r where r.categoryCode is null and r.serviceCode is null"
                        + " and r.effectiveFrom <= :d"
                        + " order by r.effectiveFrom desc, r.id desc", RuleSet.class)
                .setParameter("d", day).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The rules of each service given that has some in force on {@code day} (its latest effective then), by service
     * code; services without rules are absent.
     */
    public Map<String, RuleSet> serviceRules(Collection<String> serviceCodes, LocalDate day) {
        Map<String, RuleSet> out = new HashMap<>();
        if (serviceCodes.isEmpty()) {
            return out;
        }
        for (RuleSet r : em.createQuery("select r from RuleSet r where r.serviceCode in :s and r.effectiveFrom <= :d"
                        + " order by r.effectiveFrom, r.id", RuleSet.class)
                .setParameter("s", serviceCodes).setParameter("d", day).getResultList()) {
            out.put(r.getServiceCode(), r); // the later replaces the earlier
        }
        return out;
    }

    public Optional<ScoreModel> scoreModel(LocalDate day) {
        return em.createQuery("select m from ScoreModel m where m.effectiveFrom <= :d"
                        + " order by m.effectiveFrom desc, m.id desc", ScoreModel.class)
                .setParameter("d", day).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Every version of the rules, newest first within each scope: the general ones first, then each category's, then
     * each service's.
     */
    public List<RuleSet> ruleSets() {
        // sorted here: databases put a null code first or last as they please
        return em.createQuery("select r from RuleSet r order by r.effectiveFrom desc, r.id desc", RuleSet.class)
                .getResultStream().sorted(java.util.Comparator.comparing((RuleSet r) -> r.getServiceCode() != null)
                        .thenComparing(r -> r.getCategoryCode() != null)
                        .thenComparing(r -> java.util.Objects.requireNonNullElse(r.getServiceCode(),
                                java.util.Objects.requireNonNullElse(r.getCategoryCode(), ""))))
                .toList();
    }

    public List<ScoreModel> scoreModels() {
        return em.createQuery("select m from ScoreModel m order by m.effectiveFrom desc, m.id desc", ScoreModel.class)
                .getResultList();
    }

    /** The latest assessment of each file given, in one query. */
    public Map<Long, Assessment> latest(Collection<Long> fileIds) {
        Map<Long, Assessment> out = new HashMap<>();
        if (fileIds.isEmpty()) {
            return out;
        }
        for (Assessment a : em.createQuery("select a from Assessment a where a.fileId in :ids and a.id ="
                        + " (select max(b.id) from Assessment b where b.fileId = a.fileId)", Assessment.class)
                .setParameter("ids", fileIds).getResultList()) {
            out.put(a.getFileId(), a);
        }
        return out;
    }

    public void keep(Object ruleSetScoreModelOrAssessment) {
        em.persist(ruleSetScoreModelOrAssessment);
        em.flush();
    }

    /** The categories that have rules of their own in force on {@code day}. */
    public Set<String> categoriesWithOwnRules(LocalDate day) {
        return new java.util.HashSet<>(em.createQuery("select distinct r.categoryCode from RuleSet r"
                + " where r.categoryCode is not null and r.serviceCode is null and r.effectiveFrom <= :d", String.class)
                .setParameter("d", day).getResultList());
    }

    /**
     * The files whose latest assessment still holds on {@code day}, with its outcome ({@code [fileId, Outcome]}), the
     * most recently assessed first, at most {@code max}: of one category, or (category null) of every category but
     * {@code except} (null: every file).
     */
    public List<Object[]> currentOutcomes(String categoryCode, Set<String> except, LocalDate day, int max) {
        String scope = categoryCode != null ? " and a.categoryCode = :c"
                : except == null || except.isEmpty() ? "" : " and (a.categoryCode is null or a.categoryCode not in :x)";
        var query = em.createQuery("select a.fileId, a.outcome from Assessment a where a.validUntil >= :d" + scope
                        + " and a.id = (select max(b.id) from Assessment b where b.fileId = a.fileId) order by a.id desc",
                Object[].class).setParameter("d", day).setMaxResults(max);
        if (categoryCode != null) {
            query.setParameter("c", categoryCode);
        } else if (except != null && !except.isEmpty()) {
            query.setParameter("x", except);
        }
        return query.getResultList();
    }
}
