package org.ektefaa.beneficiaries.api;

/**
 * What other modules may show of a beneficiary: the name, the number once registered, the masked
 * identity number, the mobile and e-mail (for notifications) and the file's status name. No other
 * personal data.
 */
public record BeneficiarySummary(long id, String fullName, String beneficiaryNumber, String maskedIdNumber,
                                 String mobile, String email, String status) implements java.io.Serializable {
}
