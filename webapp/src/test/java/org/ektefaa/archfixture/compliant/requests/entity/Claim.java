package org.ektefaa.archfixture.compliant.requests.entity;

/** Keeps its own rules and depends on nothing above it. */
public class Claim {
    private boolean closed;

    public boolean canClose() {
        return !closed;
    }
}
