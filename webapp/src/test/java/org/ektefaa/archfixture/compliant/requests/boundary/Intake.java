package org.ektefaa.archfixture.compliant.requests.boundary;

import jakarta.persistence.EntityManager;
import org.ektefaa.archfixture.compliant.beneficiaries.api.PersonRegistered;

public class Intake {
    EntityManager em;

    public long on(PersonRegistered registered) {
        return registered.personId();
    }
}
