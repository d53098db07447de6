package org.ektefaa.eligibility.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.eligibility.boundary.Assessments;
import org.ektefaa.eligibility.boundary.Rules;
import org.ektefaa.eligibility.entity.Criterion;
import org.ektefaa.eligibility.entity.CriterionKind;
import org.ektefaa.eligibility.entity.Factor;
import org.ektefaa.eligibility.entity.RuleSet;
import org.ektefaa.eligibility.entity.ScoreModel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;

/**
 * {@code /eligibility/rules.xhtml}: the eligibility rules and the score's weights (issue #26). Who opens it: an
 * administrator, when the board approves a new threshold or a new category's criteria. What they decide: the criteria
 * of a category (or of every category without its own) or of a service of the catalogue from a date, and the score's
 * weights. What they need in front
 * of them: the rules in force and every earlier or later version, the current rules copied into the form to change,
 * and before saving, how many open files the change would move; after saving, a way to assess the files awaiting a
 * decision again.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Files assessed again per transaction. */
    static final int PAGE = 200;

    @Inject
    Rules rules;

    @Inject
    Assessments assessments;

    @Inject
    Notices notices;

    /** A criterion as the form edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private CriterionKind kind = CriterionKind.INCOME_PER_MEMBER_MAX;
        private BigDecimal amount;
        private Integer low;
        private Integer high;
        private String codes;

        Row() {
        }

        Row(Criterion c) {
            kind = c.getKind();
            amount = c.getAmount();
            low = c.getLow();
            high = c.getHigh();
            codes = c.getCodes();
        }

        Criterion criterion() {
            return Criterion.of(kind, amount, low, high, codes);
        }

        public CriterionKind getKind() {
            return kind;
        }

        public void setKind(CriterionKind kind) {
            this.kind = kind;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public Integer getLow() {
            return low;
        }

        public void setLow(Integer low) {
            this.low = low;
        }

        public Integer getHigh() {
            return high;
        }

        public void setHigh(Integer high) {
            this.high = high;
        }

        public String getCodes() {
            return codes;
        }

        public void setCodes(String codes) {
            this.codes = codes;
        }

        public boolean isAmountKind() {
            return kind == CriterionKind.INCOME_PER_MEMBER_MAX || kind == CriterionKind.AID_ELSEWHERE_MAX;
        }

        public boolean isLowKind() {
            return kind == CriterionKind.HOUSEHOLD_MIN_MEMBERS || kind == CriterionKind.AGE_BETWEEN;
        }

        public boolean isHighKind() {
            return kind == CriterionKind.AGE_BETWEEN;
        }

        public boolean isCitiesKind() {
            return kind == CriterionKind.CITY_IN;
        }

        public boolean isDocumentKind() {
            return kind == CriterionKind.DOCUMENT_REQUIRED;
        }
    }

    private List<RuleSet> versions;
    private List<ScoreModel> models;
    private Map<String, String> categories;
    private Map<String, String> services;
    private Map<String, String> documents;
    private LocalDate today;

    // the new version of the rules
    private String scope = "";
    private LocalDate effectiveFrom;
    private int validMonths = RuleSet.DEFAULT_VALID_MONTHS;
    private String note;
    private final List<Row> rows = new ArrayList<>();
    private Rules.Preview preview;
    /** Files awaiting a decision that a saved change may move: offered to assess again. */
    private boolean offerAgain;

    // the new score model
    private final Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
    private BigDecimal incomeLine;
    private int highFrom;
    private int mediumFrom;
    private LocalDate scoreFrom;

    @PostConstruct
    void load() {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        categories = rules.categoryNames(locale);
        services = rules.serviceNames(locale);
        documents = rules.documentNames(locale);
        today = rules.today();
        effectiveFrom = today;
        scoreFrom = today;
        reread();
        copyInForce();
        rules.scoreModelInForce().ifPresent(m -> {
            weights.putAll(m.weights());
            incomeLine = m.getIncomeLine();
            highFrom = m.getHighFrom();
            mediumFrom = m.getMediumFrom();
        });
    }

    private void reread() {
        versions = rules.ruleSets();
        models = rules.scoreModels();
    }

    /** The rules in force for the scope chosen, copied into the form as the start of the new version. */
    public void copyInForce() {
        rows.clear();
        preview = null;
        // a category without rules of its own starts from the general ones, which its first version replaces
        String service = serviceCode();
        (service != null ? rules.inForceForService(service) : rules.inForce(scopeCode())).ifPresentOrElse(r -> {
                    r.getCriteria().forEach(c -> rows.add(new Row(c)));
                    validMonths = r.getValidMonths();
                }, () -> rows.add(new Row()));
    }

    /** The category chosen, or null for the general rules or a service's. */
    private String scopeCode() {
        return scope == null || scope.isBlank() || scope.startsWith(RuleSet.SERVICE_SCOPE) ? null : scope;
    }

    /** The service chosen ({@code service:CODE} in the scope list), or null. */
    private String serviceCode() {
        return scope != null && scope.startsWith(RuleSet.SERVICE_SCOPE) ? scope.substring(RuleSet.SERVICE_SCOPE.length())
                : null;
    }

    /** Whether the form is for a service's criteria (asked on top of the file's; no period of their own). */
    public boolean isServiceScope() {
        return serviceCode() != null;
    }

    public void addRow() {
        rows.add(new Row());
        preview = null;
    }

    public void removeRow(Row row) {
        rows.remove(row);
        preview = null;
    }

    private Rules.Draft draft() {
        return new Rules.Draft(scopeCode(), serviceCode(), effectiveFrom, validMonths, note,
                rows.stream().map(Row::criterion).toList());
    }

    public void preview() {
        try {
            preview = rules.preview(draft());
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
    }

    public void save() {
        try {
            rules.save(draft());
            notices.info("elg", "rules.saved");
            // a service's criteria are read when its requests are shown: no assessment to make again
            offerAgain = !effectiveFrom.isAfter(today) && !isServiceScope();
            preview = null;
            note = null;
            reread();
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
    }

    /** The files awaiting a decision assessed again with the rules now in force, a page per transaction. */
    public void assessAwaitingAgain() {
        List<Long> awaiting = rules.awaitingDecision();
        int done = 0;
        for (int from = 0; from < awaiting.size(); from += PAGE) {
            done += assessments.assessAgain(awaiting.subList(from, Math.min(awaiting.size(), from + PAGE)));
        }
        offerAgain = false;
        notices.info("elg", "rules.assessedAgain", done);
    }

    public void saveScoreModel() {
        try {
            rules.saveScoreModel(scoreFrom, weights, incomeLine, highFrom, mediumFrom);
            notices.info("elg", "score.saved");
            reread();
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
    }

    /** Whether a version is the one in force today for its scope, one to come, or one replaced. */
    public String stateOf(RuleSet version) {
        if (version.getEffectiveFrom().isAfter(today)) {
            return "FUTURE";
        }
        boolean newerInForce = versions.stream().anyMatch(v -> v.scopeKey().equals(version.scopeKey()) && !v.getEffectiveFrom().isAfter(today) && v != version
                && (v.getEffectiveFrom().isAfter(version.getEffectiveFrom())
                || v.getEffectiveFrom().equals(version.getEffectiveFrom()) && v.getId() > version.getId()));
        return newerInForce ? "REPLACED" : "IN_FORCE";
    }

    public String stateOf(ScoreModel model) {
        if (model.getEffectiveFrom().isAfter(today)) {
            return "FUTURE";
        }
        return models.stream().filter(m -> !m.getEffectiveFrom().isAfter(today)).findFirst()
                .filter(m -> m == model).isPresent() ? "IN_FORCE" : "REPLACED";
    }

    /** The message key that words a criterion in the versions' list. */
    public String wordsKey(Criterion c) {
        return c.getKind() == CriterionKind.AGE_BETWEEN && c.getHigh() == null ? "rule.AGE_BETWEEN.open"
                : "rule." + c.getKind();
    }

    /** The cities or the document's name, for the versions' list. */
    public String codesWords(Criterion c) {
        if (c.getKind() == CriterionKind.DOCUMENT_REQUIRED) {
            return c.codeList().stream().map(code -> documents.getOrDefault(code, code)).reduce((a, b) -> a + "، " + b)
                    .orElse("");
        }
        return String.join("، ", c.codeList());
    }

    public String categoryName(String code) {
        return code == null ? null : categories.getOrDefault(code, code);
    }

    public String serviceName(String code) {
        return code == null ? null : services.getOrDefault(code, code);
    }

    /** The scope list's value for each service ({@code service:CODE}) to its name. */
    public Map<String, String> getServiceScopes() {
        Map<String, String> scopes = new java.util.LinkedHashMap<>();
        services.forEach((code, name) -> scopes.put(RuleSet.SERVICE_SCOPE + code, name));
        return scopes;
    }

    public int getPreviewMost() {
        return Rules.PREVIEW_MOST;
    }

    public int getWeightSum() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }

    public CriterionKind[] getKinds() {
        return CriterionKind.values();
    }

    public Factor[] getFactors() {
        return Factor.values();
    }

    public List<RuleSet> getVersions() {
        return versions;
    }

    public List<ScoreModel> getModels() {
        return models;
    }

    public Map<String, String> getCategories() {
        return categories;
    }

    public Map<String, String> getDocuments() {
        return documents;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Rules.Preview getPreview() {
        return preview;
    }

    public boolean isOfferAgain() {
        return offerAgain;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public int getValidMonths() {
        return validMonths;
    }

    public void setValidMonths(int validMonths) {
        this.validMonths = validMonths;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<Factor, Integer> getWeights() {
        return weights;
    }

    public BigDecimal getIncomeLine() {
        return incomeLine;
    }

    public void setIncomeLine(BigDecimal incomeLine) {
        this.incomeLine = incomeLine;
    }

    public int getHighFrom() {
        return highFrom;
    }

    public void setHighFrom(int highFrom) {
        this.highFrom = highFrom;
    }

    public int getMediumFrom() {
        return mediumFrom;
    }

    public void setMediumFrom(int mediumFrom) {
        this.mediumFrom = mediumFrom;
    }

    public LocalDate getScoreFrom() {
        return scoreFrom;
    }

    public void setScoreFrom(LocalDate scoreFrom) {
        this.scoreFrom = scoreFrom;
    }

    public LocalDate getToday() {
        return today;
    }
}
