package org.ektefaa.archfixture.violating.platform.api;

import org.ektefaa.archfixture.violating.beneficiaries.api.PersonSummary;

/** Violates: the platform reaching up into beneficiaries closes a cycle with beneficiaries → platform. */
public class Kernel {
    public PersonSummary summary;
}
