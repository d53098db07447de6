package org.ektefaa.beneficiaries.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The few questions other modules may ask the beneficiaries module directly. */
public interface BeneficiaryDirectory {

    Optional<BeneficiarySummary> summary(long beneficiaryId);

    /** The full names of several files at once (a page of a list), by id, in one query; unknown ids are absent. */
    Map<Long, String> names(Collection<Long> beneficiaryIds);

    /** The summaries of several files at once (a page of a list), by id; unknown ids are absent. */
    Map<Long, BeneficiarySummary> summaries(Collection<Long> beneficiaryIds);

    /**
     * The files a search text names (a name in any Arabic spelling, an identity number, a mobile, a beneficiary
     * number), newest first, at most {@code max}: for other modules' lists to find a person's records.
     */
    List<Long> matching(String text, int max);

    /** What eligibility rules and the need score read of a file (issue #26); empty for an unknown id. */
    Optional<HouseholdFacts> householdFacts(long beneficiaryId);

    /** The same for several files at once (a page), by id, in a few queries whatever their number. */
    Map<Long, HouseholdFacts> householdFacts(Collection<Long> beneficiaryIds);

    /**
     * Where the household lives, for the researcher who visits it (issue #26): city, district and address as the
     * file holds them (each may be null); empty for an unknown id.
     */
    Optional<HomeAddress> homeAddress(long beneficiaryId);

    /** Where a household lives. */
    record HomeAddress(String city, String district, String address) implements java.io.Serializable {
    }

    /**
     * The IBANs of several files, for a bank transfer batch (issue #27): each file's IBAN as it holds it (absent when it
     * holds none); every file read is written to its access log as its IBAN revealed.
     */
    Map<Long, String> ibans(Collection<Long> beneficiaryIds);

    /** The beneficiary categories in use (code → name in {@code locale}), in the order of their codes. */
    Map<String, String> categoryNames(java.util.Locale locale);

    /** The kinds of document a file may hold (code → name in {@code locale}), in the order of their codes. */
    Map<String, String> documentNames(java.util.Locale locale);

    /** The file a person quotes: a beneficiary number ({@code B-000012}) or an identity number, any digits. */
    Optional<BeneficiarySummary> findByReference(String reference);
}
