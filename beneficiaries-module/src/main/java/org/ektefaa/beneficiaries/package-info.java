/**
 * <h2>Beneficiaries — the beneficiary file</h2>
 *
 * <p><b>Purpose.</b> Keeps the file of each person the association serves: identity, household, income,
 * housing, documents, the employee's verification of each item and the applicant's signed declaration,
 * and the file's lifecycle up to registration.
 *
 * <p><b>Policy clauses served.</b> §3.1, §5.1–§5.3, §5.5.
 *
 * <p><b>State.</b> The module exists as a boundary only: its features are the beneficiary-file issue.
 * Nothing in it pretends to work yet.
 *
 * <p><b>Events fired.</b> none yet ({@code BeneficiaryFileSubmitted} to come).
 * <b>Events observed.</b> none yet ({@code RegistrationDecided}, declared in this module's {@code api} and
 * fired by {@code requests}).
 *
 * <p><b>Tables owned.</b> none yet; prefix {@code ben_}, migrations in {@code db/migration/beneficiaries}.
 */
package org.ektefaa.beneficiaries;
