package org.ektefaa.archfixture.violating.beneficiaries.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Person {
    @Id
    Long id;
}
