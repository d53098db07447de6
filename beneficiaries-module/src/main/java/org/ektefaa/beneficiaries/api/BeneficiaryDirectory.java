package org.ektefaa.beneficiaries.api;

import java.util.Optional;

/** The one question other modules may ask the beneficiaries module directly. */
public interface BeneficiaryDirectory {

    Optional<BeneficiarySummary> summary(long beneficiaryId);
}
