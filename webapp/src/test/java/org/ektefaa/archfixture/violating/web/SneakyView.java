package org.ektefaa.archfixture.violating.web;

import jakarta.inject.Named;
import jakarta.persistence.EntityManager;

/** Violates: a Faces bean with an EntityManager. */
@Named
public class SneakyView {
    EntityManager em;
}
