package org.ektefaa.archfixture.compliant.requests.boundary;

import jakarta.persistence.EntityManager;
import org.ektefaa.archfixture.compliant.beneficiaries.api.PersonRegistered;
import org.ektefaa.archfixture.compliant.requests.control.ClaimStore;

public class Intake {
    EntityManager em;
    ClaimStore claims;

    public boolean canClose(long id) {
        return claims.find(id).canClose();
    }

    public long on(PersonRegistered registered) {
        return registered.personId();
    }
}
