package org.ektefaa.beneficiaries.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What other modules may show of a beneficiary: the name, the number once registered, the masked identity number, the
 * mobile and e-mail (for notifications), the file's status name; and what a decision rests on (issue #21): the
 * category, the household's size (the applicant and the members), its monthly income, and how many of the items the
 * employee must verify (policy §5.2) are verified; how many other files may be the same person, not yet resolved, and
 * how many of those on strong grounds — this identity number in the other file, or a matching name and birth date,
 * or reasons weighing 90 or more — which block a registration's approval without the executive's reason (issue #24).
 * No other personal data.
 */
public record BeneficiarySummary(long id, String fullName, String beneficiaryNumber, String maskedIdNumber,
                                 String mobile, String email, String status, String categoryCode, int householdSize,
                                 BigDecimal monthlyIncome, int verifiedItems, int itemsToVerify, int openDuplicates,
                                 int strongDuplicates)
        implements java.io.Serializable {

    /** As above, with no duplicate open. */
    public BeneficiarySummary(long id, String fullName, String beneficiaryNumber, String maskedIdNumber, String mobile,
                              String email, String status, String categoryCode, int householdSize,
                              BigDecimal monthlyIncome, int verifiedItems, int itemsToVerify) {
        this(id, fullName, beneficiaryNumber, maskedIdNumber, mobile, email, status, categoryCode, householdSize,
                monthlyIncome, verifiedItems, itemsToVerify, 0, 0);
    }

    /** The household's monthly income per person, in whole riyals. */
    public BigDecimal incomePerMember() {
        return monthlyIncome.divide(BigDecimal.valueOf(Math.max(1, householdSize)), 0, RoundingMode.HALF_UP);
    }

    /** Whether every item to verify is verified. */
    public boolean fullyVerified() {
        return verifiedItems >= itemsToVerify;
    }
}
