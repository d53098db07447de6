package org.ektefaa.eligibility.entity;

/**
 * What the need score weighs, each read as a share from 0 to 1 of its weight ({@code control.Scoring}):
 * <ul>
 * <li>{@code INCOME_GAP}: how far the income per member falls below the model's income line (no income: all);</li>
 * <li>{@code DEPENDANTS}: members under 18, over 60 or with a disability, and an applicant of 60 or more, four or
 * more counting in full;</li>
 * <li>{@code HOUSING}: rented (more as the rent takes more of the income), with family or other, charity housing,
 * owned (none);</li>
 * <li>{@code HEALTH}: members with a disability or a medical report on the file, two or more in full;</li>
 * <li>{@code DEBTS}: monthly debt repayments against the income, half or more in full — not known until a home
 * visit records them (issue #26's visit), and then scored.</li>
 * </ul>
 */
public enum Factor {
    INCOME_GAP, DEPENDANTS, HOUSING, HEALTH, DEBTS
}
