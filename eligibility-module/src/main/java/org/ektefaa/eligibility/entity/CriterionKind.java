package org.ektefaa.eligibility.entity;

/**
 * The closed set of criteria an administrator may put in a rule set, each evaluated by code
 * ({@code control.Evaluation}) — not a rule language to learn. What each reads:
 * <ul>
 * <li>{@code INCOME_PER_MEMBER_MAX}: the household's monthly income divided by its size, at most {@code amount};</li>
 * <li>{@code HOUSEHOLD_MIN_MEMBERS}: at least {@code low} people, the applicant included;</li>
 * <li>{@code CITY_IN}: the file's city among {@code codes} (one per line or comma);</li>
 * <li>{@code DOCUMENT_REQUIRED}: a document of kind {@code codes} uploaded on the file;</li>
 * <li>{@code AID_ELSEWHERE_MAX}: support declared from elsewhere at most {@code amount} a month;</li>
 * <li>{@code AGE_BETWEEN}: the applicant's age at least {@code low} and, if set, at most {@code high};</li>
 * <li>{@code CONDITION_PRESENT}: a disability or health condition in the household (a member marked with a
 * disability, or a medical report on the file).</li>
 * </ul>
 */
public enum CriterionKind {
    INCOME_PER_MEMBER_MAX, HOUSEHOLD_MIN_MEMBERS, CITY_IN, DOCUMENT_REQUIRED, AID_ELSEWHERE_MAX, AGE_BETWEEN,
    CONDITION_PRESENT
}
