package org.ektefaa.archfixture.compliant.beneficiaries.api;

public record PersonRegistered(long personId) {
}
