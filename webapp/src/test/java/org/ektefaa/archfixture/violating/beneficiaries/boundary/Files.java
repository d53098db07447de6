package org.ektefaa.archfixture.violating.beneficiaries.boundary;

import org.ektefaa.archfixture.violating.platform.api.Kernel;

public class Files {
    public Kernel kernel;
}
