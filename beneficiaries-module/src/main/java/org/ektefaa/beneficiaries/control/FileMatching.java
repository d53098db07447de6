package org.ektefaa.beneficiaries.control;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.platform.api.protect.PersonalData;

/**
 * Which files a search text names, as a condition: a name in any Arabic spelling (every word in the normalised
 * name), an identity number (by its keyed hash, never the sealed value), a mobile, a beneficiary number, the last
 * four digits of an identity number. Reception's search box and the request list's search share it.
 */
public final class FileMatching {

    private FileMatching() {
    }

    public static Predicate[] of(CriteriaBuilder cb, Root<Beneficiary> b, SearchText text, PersonalData personalData) {
        List<Predicate> where = new ArrayList<>();
        switch (text.kind()) {
            case ALL -> { }
            case IDENTITY -> where.add(cb.equal(b.get("idNumberHash"), personalData.lookupHash(text.value())));
            case MOBILE -> where.add(cb.equal(b.get("mobile"), text.value()));
            case NUMBER -> where.add(cb.equal(b.get("beneficiaryNumber"), text.value()));
            case LAST_FOUR -> where.add(cb.equal(b.get("idLastFour"), text.value()));
            case NAME -> text.words().forEach(w -> where.add(cb.like(b.<String>get("searchName"), "%" + w + "%")));
        }
        return where.toArray(Predicate[]::new);
    }
}
