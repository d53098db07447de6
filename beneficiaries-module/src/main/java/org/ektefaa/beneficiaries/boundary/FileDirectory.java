package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.beneficiaries.control.Completeness;
import org.ektefaa.beneficiaries.control.FileLookup;
import org.ektefaa.beneficiaries.control.FileMatching;
import org.ektefaa.beneficiaries.control.SearchText;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.platform.api.protect.PersonalData;

/**
 * What other modules may ask of a file ({@link BeneficiaryDirectory}): its summary, one or a page at a time, and the
 * file a person quotes. A page's files are read with their household, incomes and verifications in four queries
 * (EclipseLink's batch reading), whatever the page's size.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FileDirectory implements BeneficiaryDirectory {

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    FileLookup lookup;

    @Inject
    org.ektefaa.beneficiaries.control.FileRecords records;

    @Inject
    PersonalData personalData;


    @Override
    @PermitAll
    public Optional<BeneficiarySummary> summary(long beneficiaryId) {
        return Optional.ofNullable(summaries(Set.of(beneficiaryId)).get(beneficiaryId));
    }

    /** Written to the file's access log (the address of a home is read for a visit, policy §5.5). */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    @jakarta.annotation.security.RolesAllowed({org.ektefaa.platform.api.Role.RELATIONS_OFFICER_NAME,
        org.ektefaa.platform.api.Role.EXECUTIVE_NAME, org.ektefaa.platform.api.Role.ADMIN_NAME})
    public Optional<HomeAddress> homeAddress(long beneficiaryId) {
        Optional<HomeAddress> found = Optional.ofNullable(em.find(Beneficiary.class, beneficiaryId))
                .map(b -> new HomeAddress(b.getCity(), b.getDistrict(), b.getAddress()));
        found.ifPresent(a -> records.log(beneficiaryId, org.ektefaa.beneficiaries.entity.FileAccess.Action.READ_ADDRESS));
        return found;
    }

    /** Each file read is written to its access log: its IBAN revealed (a transfer batch, issue #27). */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    @jakarta.annotation.security.RolesAllowed({org.ektefaa.platform.api.Role.EXECUTIVE_NAME,
        org.ektefaa.platform.api.Role.ADMIN_NAME})
    public Map<Long, String> ibans(Collection<Long> beneficiaryIds) {
        Map<Long, String> ibans = new HashMap<>();
        if (!beneficiaryIds.isEmpty()) {
            em.createQuery("select b from Beneficiary b where b.id in :ids", Beneficiary.class)
                    .setParameter("ids", beneficiaryIds).getResultList().forEach(b -> {
                        records.log(b.getId(), org.ektefaa.beneficiaries.entity.FileAccess.Action.REVEALED_IBAN);
                        if (b.getIban() != null && !b.getIban().isBlank()) {
                            ibans.put(b.getId(), b.getIban());
                        }
                    });
        }
        return ibans;
    }

    @Override
    @PermitAll
    public Map<Long, String> names(Collection<Long> beneficiaryIds) {
        Map<Long, String> names = new HashMap<>();
        if (!beneficiaryIds.isEmpty()) {
            em.createQuery("select b from Beneficiary b where b.id in :ids", Beneficiary.class)
                    .setParameter("ids", beneficiaryIds).getResultList()
                    .forEach(b -> names.put(b.getId(), b.getName() == null ? "" : b.getName().full()));
        }
        return names;
    }

    @Override
    @PermitAll
    public Map<Long, BeneficiarySummary> summaries(Collection<Long> beneficiaryIds) {
        Map<Long, BeneficiarySummary> out = new LinkedHashMap<>();
        if (beneficiaryIds.isEmpty()) {
            return out;
        }
        Map<String, Category> categories = new HashMap<>();
        Map<Long, Integer> duplicates = new HashMap<>();
        Map<Long, Integer> strong = new HashMap<>();
        for (org.ektefaa.beneficiaries.entity.DuplicateCandidate open : em.createQuery("select d from DuplicateCandidate d"
                        + " where d.status = :open and (d.fileId in :ids or d.otherId in :ids)",
                        org.ektefaa.beneficiaries.entity.DuplicateCandidate.class)
                .setParameter("open", org.ektefaa.beneficiaries.entity.DuplicateCandidate.Status.OPEN)
                .setParameter("ids", beneficiaryIds).getResultList()) {
            for (long file : new long[] {open.getFileId(), open.getOtherId()}) {
                duplicates.merge(file, 1, Integer::sum);
                if (open.isStrong()) {
                    strong.merge(file, 1, Integer::sum);
                }
            }
        }
        em.createQuery("select b from Beneficiary b where b.id in :ids", Beneficiary.class)
                .setParameter("ids", beneficiaryIds)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "b.household")
                .setHint("eclipselink.batch", "b.incomes")
                .setHint("eclipselink.batch", "b.verifications")
                .getResultList().forEach(b -> {
                    Category category = b.getCategoryCode() == null ? null
                            : categories.computeIfAbsent(b.getCategoryCode(), code -> em.find(Category.class, code));
                    Set<String> toVerify = Completeness.itemsToVerify(b, category);
                    int verified = (int) toVerify.stream().filter(b::isVerified).count();
                    out.put(b.getId(), new BeneficiarySummary(b.getId(), b.getName() == null ? "" : b.getName().full(),
                            b.getBeneficiaryNumber(), PersonalData.masked(b.getIdNumber()), b.getMobile(), b.getEmail(),
                            b.getStatus().name(), b.getCategoryCode(), 1 + b.getHousehold().size(), b.monthlyIncome(),
                            verified, toVerify.size(), duplicates.getOrDefault(b.getId(), 0),
                            strong.getOrDefault(b.getId(), 0)));
                });
        return out;
    }

    @Override
    @PermitAll
    public List<Long> matching(String text, int max) {
        SearchText search = SearchText.of(text);
        if (search.kind() == SearchText.Kind.ALL) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Beneficiary> b = query.from(Beneficiary.class);
        query.select(b.get("id")).where(FileMatching.of(cb, query, b, search, personalData,
                FileMatching.started(em, search, personalData))).orderBy(cb.desc(b.get("id")));
        return em.createQuery(query).setMaxResults(max).getResultList();
    }

    @Override
    @PermitAll
    public Optional<org.ektefaa.beneficiaries.api.HouseholdFacts> householdFacts(long beneficiaryId) {
        return Optional.ofNullable(householdFacts(Set.of(beneficiaryId)).get(beneficiaryId));
    }

    @Override
    @PermitAll
    public Map<Long, org.ektefaa.beneficiaries.api.HouseholdFacts> householdFacts(Collection<Long> beneficiaryIds) {
        Map<Long, org.ektefaa.beneficiaries.api.HouseholdFacts> out = new LinkedHashMap<>();
        if (beneficiaryIds.isEmpty()) {
            return out;
        }
        Map<Long, Set<String>> documents = new HashMap<>();
        em.createQuery("select d.beneficiaryId, d.documentType from FileDocument d where d.beneficiaryId in :ids",
                        Object[].class).setParameter("ids", beneficiaryIds).getResultList()
                .forEach(row -> documents.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((String) row[1]));
        em.createQuery("select b from Beneficiary b where b.id in :ids", Beneficiary.class)
                .setParameter("ids", beneficiaryIds)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "b.household")
                .setHint("eclipselink.batch", "b.incomes")
                .setHint("eclipselink.batch", "b.verifications")
                .getResultList().forEach(b -> out.put(b.getId(), new org.ektefaa.beneficiaries.api.HouseholdFacts(
                        b.getId(), b.getCategoryCode(), b.getStatus().name(), b.getBirthDate(), b.getCity(),
                        b.getHousing() == null ? null : b.getHousing().name(), b.getMonthlyRent(), b.isVerified("INCOME"),
                        b.getIncomes().stream().map(i -> new org.ektefaa.beneficiaries.api.HouseholdFacts.Income(
                                i.getType().name(), i.getMonthlyAmount())).toList(),
                        b.getHousehold().stream().map(m -> new org.ektefaa.beneficiaries.api.HouseholdFacts.Member(
                                m.getRelation().name(), m.getBirthDate(), m.isDisability(),
                                m.getOccupation() == null ? null : m.getOccupation().name())).toList(),
                        documents.getOrDefault(b.getId(), Set.of()))));
        return out;
    }

    @Override
    @PermitAll
    public Map<String, String> categoryNames(java.util.Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select c from Category c where c.active = true order by c.code", Category.class)
                .getResultList().forEach(c -> names.put(c.getCode(), c.name(locale)));
        return names;
    }

    @Override
    @PermitAll
    public Map<String, String> documentNames(java.util.Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select d from DocumentType d where d.active = true order by d.code",
                        org.ektefaa.beneficiaries.entity.DocumentType.class)
                .getResultList().forEach(d -> names.put(d.getCode(), d.name(locale)));
        return names;
    }

    @Override
    @PermitAll
    public Optional<BeneficiarySummary> findByReference(String reference) {
        SearchText c = SearchText.of(reference);
        Optional<Long> id = switch (c.kind()) {
            case IDENTITY -> lookup.byIdentity(c.value());
            case NUMBER -> lookup.byNumber(c.value());
            default -> Optional.empty();
        };
        return id.flatMap(this::summary);
    }
}
