package org.ektefaa.archfixture.compliant.requests.web;

import jakarta.inject.Named;
import org.ektefaa.archfixture.compliant.requests.boundary.Intake;

@Named
public class IntakeView {
    Intake intake;
}
