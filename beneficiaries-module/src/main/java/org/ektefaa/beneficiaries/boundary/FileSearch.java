package org.ektefaa.beneficiaries.boundary;

import org.ektefaa.platform.api.protect.PersonalData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.beneficiaries.control.FileCounts;
import org.ektefaa.beneficiaries.control.FileLookup;
import org.ektefaa.beneficiaries.control.FileMatching;
import org.ektefaa.beneficiaries.control.SearchText;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.FileStatus;
import org.ektefaa.platform.api.Role;

/**
 * Finding beneficiary files (policy §3.1): by any spelling of a name, an identity number, a mobile or a file number,
 * paged; the dashboard's counts (the files that may be the same person: {@link Duplicates}). Search results are rows with nothing more
 * than a list shows (the identity number masked).
 */
@ApplicationScoped
@Transactional
public class FileSearch {

    @Inject
    PersonalData personalData;

    /**
     * A row of the search results: nothing more than a list shows; {@code imported}, a draft an import made that still
     * waits for its verification (issue #25), told apart from a draft someone began at reception.
     */
    public record Row(long id, String fullName, String beneficiaryNumber, String maskedId, String mobile,
                      FileStatus status, String categoryCode, boolean imported) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    FileLookup lookup;

    @Inject
    FileCounts counts;

    /** The file whose identity number is {@code idNumber} (typed with any digits), if any. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<Long> findByIdentity(String idNumber) {
        return lookup.byIdentity(idNumber);
    }

    /**
     * Search by name (its spellings in Arabic and Latin letters match, issue #24; a name typed in part when no name has
     * the words whole), identity number, mobile or beneficiary number.
     * Paged; the count is a separate query the page asks for only when the text changes.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Row> search(String text, int first, int pageSize) {
        return search(query(text), first, pageSize);
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long count(String text) {
        return count(query(text));
    }

    /**
     * A search text as it will be searched: whether a name is looked up by the words whole or as typed in part is
     * decided once (a query of its own), then the count and every page of the results use it.
     */
    public record Query(String text, boolean started) implements java.io.Serializable {
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Query query(String text) {
        return new Query(text, FileMatching.started(em, SearchText.of(text), personalData));
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Row> search(Query search, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Beneficiary> query = cb.createQuery(Beneficiary.class);
        Root<Beneficiary> b = query.from(Beneficiary.class);
        query.select(b).where(matching(cb, query, b, search)).orderBy(cb.desc(b.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(FileSearch::row).toList();
    }

    /** The most files a name search counts; {@link #count} says {@code MOST_COUNTED + 1} when there are more. */
    public static final int MOST_COUNTED = 1000;

    /**
     * How many files the search finds; a name search counts up to {@link #MOST_COUNTED} and answers one more when there
     * are more (the page then asks for another word of the name).
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long count(Query search) {
        SearchText text = SearchText.of(search.text());
        if (text.kind() == SearchText.Kind.NAME) {
            return FileMatching.countNamed(em, text, search.started(), MOST_COUNTED);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Beneficiary> b = query.from(Beneficiary.class);
        query.select(cb.count(b)).where(matching(cb, query, b, search));
        return em.createQuery(query).getSingleResult();
    }

    /** Counts of files per status, for the dashboard. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME,
            Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public Map<FileStatus, Long> countsByStatus() {
        return counts.now();
    }

    private Predicate[] matching(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Beneficiary> b, Query search) {
        return FileMatching.of(cb, query, b, SearchText.of(search.text()), personalData, search.started());
    }

    static Row row(Beneficiary b) {
        return new Row(b.getId(), b.getName() == null ? "" : b.getName().full(), b.getBeneficiaryNumber(),
                PersonalData.masked(b.getIdNumber()), b.getMobile(), b.getStatus(), b.getCategoryCode(),
                b.getImportBatch() != null && b.getStatus() == FileStatus.DRAFT);
    }
}
