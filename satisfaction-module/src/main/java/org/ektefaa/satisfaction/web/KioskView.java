package org.ektefaa.satisfaction.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.satisfaction.boundary.Surveys;

/**
 * The reception kiosk (a tablet at the desk): the officer types the visit's tracking number and hands the
 * tablet over; the person answers there, without a link; "next person" clears everything.
 */
@Named
@ViewScoped
public class KioskView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    SurveyView survey;

    @Inject
    org.ektefaa.platform.api.web.Kiosk kiosk;

    private String trackingNumber;
    private boolean started;

    public void start() {
        String number = Digits.normalise(trackingNumber == null ? "" : trackingNumber).trim();
        try {
            surveys.kiosk(number).ifPresentOrElse(id -> {
                survey.openKiosk(id);
                started = true;
                // the tablet leaves the employee's hands: from here on it is a kiosk, not a staff terminal
                FacesContext context = FacesContext.getCurrentInstance();
                kiosk.handOver((jakarta.servlet.http.HttpServletRequest) context.getExternalContext().getRequest(),
                        (jakarta.servlet.http.HttpServletResponse) context.getExternalContext().getResponse(),
                        context.getViewRoot().getViewId());
            }, () -> notices.warn("sat", "kiosk.notFound"));
        } catch (RuleViolation violation) {
            notices.refused("sat", violation);
        }
    }

    public void next() {
        survey.reset();
        trackingNumber = null;
        started = false;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    /** Whether the tablet is a kiosk already (handed over): the next person's number is typed by the employee. */
    public boolean isHandedOver() {
        return kiosk.isKiosk((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest());
    }

    public boolean isStarted() {
        return started;
    }
}
