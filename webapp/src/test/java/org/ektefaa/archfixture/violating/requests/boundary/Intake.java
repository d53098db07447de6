package org.ektefaa.archfixture.violating.requests.boundary;

import org.ektefaa.archfixture.violating.beneficiaries.entity.Person;

/** Violates: uses another module's entity instead of its api. */
public class Intake {
    public Object open(Person person) {
        return person;
    }
}
