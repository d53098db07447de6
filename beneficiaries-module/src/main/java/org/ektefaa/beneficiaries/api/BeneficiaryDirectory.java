package org.ektefaa.beneficiaries.api;

import java.util.Optional;

/** The few questions other modules may ask the beneficiaries module directly. */
public interface BeneficiaryDirectory {

    Optional<BeneficiarySummary> summary(long beneficiaryId);

    /** The file a person quotes: a beneficiary number ({@code B-000012}) or an identity number, any digits. */
    Optional<BeneficiarySummary> findByReference(String reference);
}
