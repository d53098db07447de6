package org.ektefaa.beneficiaries.control;

import jakarta.inject.Inject;
import org.ektefaa.platform.api.protect.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ektefaa.platform.api.saudi.Digits;

/** Finds a file by what identifies it: the identity number's keyed hash (never the number itself), or its number. */
@ApplicationScoped
public class FileLookup {

    @Inject
    PersonalData personalData;

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    /**
     * The file whose identity number is {@code idNumber} (typed with any digits), if any; for a file merged into another,
     * the kept one (a request taken at reception lands on the person's file, never on a merged one).
     */
    public Optional<Long> byIdentity(String idNumber) {
        String digits = Digits.only(idNumber);
        if (digits == null || digits.isEmpty()) {
            return Optional.empty();
        }
        return byIdentityHash(personalData.lookupHash(digits)).map(this::kept);
    }

    /** The file {@code id} was merged into (issue #24), followed to the end, or {@code id} itself. */
    public long kept(long id) {
        long file = id;
        for (int hop = 0; hop < 10; hop++) {
            Long into = em.createQuery("select b.mergedInto from Beneficiary b where b.id = :id", Long.class)
                    .setParameter("id", file).getResultStream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (into == null) {
                break;
            }
            file = into;
        }
        return file;
    }

    public Optional<Long> byIdentityHash(String hash) {
        return em.createQuery("select b.id from Beneficiary b where b.idNumberHash = :h", Long.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    /** The file numbered {@code number} ({@code B-000123}), if any. */
    public Optional<Long> byNumber(String number) {
        return em.createQuery("select b.id from Beneficiary b where b.beneficiaryNumber = :n", Long.class)
                .setParameter("n", number).getResultStream().findFirst().map(this::kept);
    }
}
