package org.ektefaa.beneficiaries.control;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.NameKey;
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
            case IDENTITY -> {
                // the file with this identity number, or the one a file with it was merged into
                String hash = personalData.lookupHash(text.value());
                Subquery<Long> into = query.subquery(Long.class);
                Root<Beneficiary> m = into.from(Beneficiary.class);
                into.select(m.get("mergedInto")).where(cb.equal(m.get("idNumberHash"), hash), cb.isNotNull(m.get("mergedInto")));
                where.add(cb.or(cb.equal(b.get("idNumberHash"), hash), b.get("id").in(into)));
            }
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
                    // the index alone, not joined to the files: the database starts from the word's few files
                    Subquery<Long> keyed = query.subquery(Long.class);
                    Root<NameKey> index = keyed.from(NameKey.class);
                    keyed.select(index.get("fileId")).where(keyOf(cb, index.get("key"), word, started));
                    where.add(b.get("id").in(keyed));
                }
            }
        }
        return where.toArray(Predicate[]::new);
    }

    /** Whether {@code key} is one of {@code word}'s keys (or, {@code started}, starts as the word is typed in part). */
    static Predicate keyOf(CriteriaBuilder cb, jakarta.persistence.criteria.Path<String> key, NameKeys.Word word,
                           boolean started) {
        List<Predicate> any = new ArrayList<>();
        any.add(key.in(word.exact()));
        if (word.arabicPrefix() != null) {
            any.add(started ? cb.like(key, word.started().replace("%", "").replace("_", "") + "%")
                    : cb.equal(key, word.arabicPrefix()));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    /**
     * How many files a name search finds, counted up to {@code cap} and no further (issue #24): the count of a
     * common first name and a large family at a million files visits every file with both (1.2 s), while the files
     * with the last word, each asked whether it has the others, stop at the cap (20–60 ms). {@code cap} + 1 means more.
     */
    public static int countNamed(jakarta.persistence.EntityManager em, SearchText text, boolean started, int cap) {
        List<NameKeys.Word> words = NameKeys.query(text.value());
        if (words.isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        jakarta.persistence.criteria.CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<NameKey> k = query.from(NameKey.class);
        List<Predicate> where = new ArrayList<>();
        // the family name, usually typed last, has fewer files than a first name that is also fathers' and grandfathers'
        where.add(keyOf(cb, k.get("key"), words.get(words.size() - 1), started));
        for (NameKeys.Word word : words.subList(0, words.size() - 1)) {
            Subquery<Long> other = query.subquery(Long.class);
            Root<NameKey> a = other.from(NameKey.class);
            other.select(a.get("fileId")).where(cb.equal(a.get("fileId"), k.get("fileId")),
                    keyOf(cb, a.get("key"), word, started));
            where.add(cb.exists(other));
        }
        Subquery<Long> kept = query.subquery(Long.class);
        Root<Beneficiary> b = kept.from(Beneficiary.class);
        kept.select(b.get("id")).where(cb.equal(b.get("id"), k.get("fileId")), cb.isNull(b.get("mergedInto")));
        where.add(cb.exists(kept));
        query.select(k.get("fileId")).distinct(true).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).setMaxResults(cap + 1).getResultList().size();
    }
}
