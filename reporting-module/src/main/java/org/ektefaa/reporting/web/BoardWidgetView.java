package org.ektefaa.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ektefaa.reporting.boundary.BoardGlance;

/** The board member's dashboard widget: the last full quarter against the board's targets, and its report. */
@Named
@RequestScoped
public class BoardWidgetView {

    @Inject
    BoardGlance glance;

    private BoardGlance.Glance lastQuarter;

    public BoardGlance.Glance getLastQuarter() {
        if (lastQuarter == null) {
            lastQuarter = glance.lastQuarter();
        }
        return lastQuarter;
    }
}
