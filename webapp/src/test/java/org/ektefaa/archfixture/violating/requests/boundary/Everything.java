package org.ektefaa.archfixture.violating.requests.boundary;

import jakarta.inject.Inject;

/** Violates: a boundary that does everything, with thirteen collaborators. */
public class Everything {

    @Inject
    Object collaborator1;

    @Inject
    Object collaborator2;

    @Inject
    Object collaborator3;

    @Inject
    Object collaborator4;

    @Inject
    Object collaborator5;

    @Inject
    Object collaborator6;

    @Inject
    Object collaborator7;

    @Inject
    Object collaborator8;

    @Inject
    Object collaborator9;

    @Inject
    Object collaborator10;

    @Inject
    Object collaborator11;

    @Inject
    Object collaborator12;

    @Inject
    Object collaborator13;
}
