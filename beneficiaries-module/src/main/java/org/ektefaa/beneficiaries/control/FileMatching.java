package org.ektefaa.beneficiaries.control;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.platform.api.protect.PersonalData;
import org.ektefaa.platform.api.saudi.NameKeys;

/**
 * Which files a search text names, as a condition: a name in any Arabic or Latin spelling (every word found in the
 * name index), an identity number (by its keyed hash, never the sealed value), a mobile, a beneficiary number, the last
 * four digits of an identity number. Reception's search box and the request list's search share it.
 */
public final class FileMatching {

    private FileMatching() {
    }

    /**
     * Whether a name search is to find the names that start with its words: when it is a name and no file has its
     * words whole (so "عمر" does not bring عمرو, but "محم" brings محمد).
     */
    public static boolean started(jakarta.persistence.EntityManager em, SearchText text, PersonalData personalData) {
        if (text.kind() != SearchText.Kind.NAME) {
            return false;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<Long> whole = cb.createQuery(Long.class);
        Root<Beneficiary> b = whole.from(Beneficiary.class);
        whole.select(b.get("id")).where(of(cb, whole, b, text, personalData, false));
        return em.createQuery(whole).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * As above; a name is looked up in the name index (issue #24: {@code NameKeys}), each word by its keys, through
     * subqueries of {@code query}. With {@code started}, an Arabic word also finds the names with a word that starts
     * with it (a name typed in part), which a search asks for only when no name has the words whole.
     */
    public static Predicate[] of(CriteriaBuilder cb, CommonAbstractCriteria query, Root<Beneficiary> b, SearchText text,
                                 PersonalData personalData, boolean started) {
        List<Predicate> where = new ArrayList<>();
        // a file merged into another (issue #24) is found through the kept one
        where.add(cb.isNull(b.get("mergedInto")));
        switch (text.kind()) {
            case ALL -> { }
            case IDENTITY -> where.add(cb.equal(b.get("idNumberHash"), personalData.lookupHash(text.value())));
            case MOBILE -> where.add(cb.equal(b.get("mobile"), text.value()));
            case NUMBER -> where.add(cb.equal(b.get("beneficiaryNumber"), text.value()));
            case LAST_FOUR -> where.add(cb.equal(b.get("idLastFour"), text.value()));
            case NAME -> {
                List<NameKeys.Word> words = NameKeys.query(text.value());
                if (words.isEmpty()) {
                    // nothing to look up (punctuation only): no file
                    where.add(cb.disjunction());
                }
                for (NameKeys.Word word : words) {
                    Subquery<Long> keyed = query.subquery(Long.class);
                    Root<Beneficiary> file = keyed.from(Beneficiary.class);
                    Join<Beneficiary, String> key = file.join("nameKeys");
                    List<Predicate> any = new ArrayList<>();
                    any.add(key.in(word.exact()));
                    if (word.arabicPrefix() != null) {
                        any.add(started ? cb.like(key, word.started().replace("%", "").replace("_", "") + "%")
                                : cb.equal(key, word.arabicPrefix()));
                    }
                    keyed.select(file.get("id")).where(cb.or(any.toArray(Predicate[]::new)));
                    where.add(b.get("id").in(keyed));
                }
            }
        }
        return where.toArray(Predicate[]::new);
    }
}
