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

    /** The file whose identity number is {@code idNumber} (typed with any digits), if any. */
    public Optional<Long> byIdentity(String idNumber) {
        String digits = Digits.only(idNumber);
        if (digits == null || digits.isEmpty()) {
            return Optional.empty();
        }
        return byIdentityHash(personalData.lookupHash(digits));
    }

    public Optional<Long> byIdentityHash(String hash) {
        return em.createQuery("select b.id from Beneficiary b where b.idNumberHash = :h", Long.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    /** The file numbered {@code number} ({@code B-000123}), if any. */
    public Optional<Long> byNumber(String number) {
        return em.createQuery("select b.id from Beneficiary b where b.beneficiaryNumber = :n", Long.class)
                .setParameter("n", number).getResultStream().findFirst();
    }
}
