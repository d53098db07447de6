package org.ektefaa.archfixture.violating.beneficiaries.api;

import org.ektefaa.archfixture.violating.beneficiaries.entity.Person;

/** Violates: an api type that exposes an internal entity. */
public record PersonSummary(Person person) {
}
