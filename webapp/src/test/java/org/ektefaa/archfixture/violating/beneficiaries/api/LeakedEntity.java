package org.ektefaa.archfixture.violating.beneficiaries.api;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Violates: an entity in an api package. */
@Entity
public class LeakedEntity {
    @Id
    Long id;
}
