package org.ektefaa.beneficiaries.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an eligibility rule or a need score may read of a file (issue #26): its category and status, the applicant's
 * birth date, city, housing and rent, the household's members (relation, birth date, disability, occupation), the
 * monthly incomes by type and whether the employee verified them (policy §5.2), and the kinds of document uploaded.
 * No name, identity number or contact: a rule never needs them.
 */
public record HouseholdFacts(long fileId, String categoryCode, String status, LocalDate birthDate, String city,
                             String housing, BigDecimal monthlyRent, boolean incomeVerified, List<Income> incomes,
                             List<Member> members, Set<String> documents) implements java.io.Serializable {

    /** An income the household declared: its type ({@code SALARY}, {@code OTHER_SUPPORT}…) and monthly amount. */
    public record Income(String type, BigDecimal monthly) implements java.io.Serializable {
    }

    /** A member of the household beside the applicant. */
    public record Member(String relation, LocalDate birthDate, boolean disability, String occupation)
            implements java.io.Serializable {
    }

    public HouseholdFacts {
        incomes = List.copyOf(incomes);
        members = List.copyOf(members);
        documents = Set.copyOf(documents);
    }

    /** The applicant and the members. */
    public int householdSize() {
        return 1 + members.size();
    }

    /** Every declared income a month, in riyals. */
    public BigDecimal monthlyIncome() {
        return incomes.stream().map(Income::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The support the household declared receiving from elsewhere (other associations, funds), a month. */
    public BigDecimal aidElsewhere() {
        return incomes.stream().filter(i -> "OTHER_SUPPORT".equals(i.type())).map(Income::monthly)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
