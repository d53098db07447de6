package org.ektefaa.satisfaction.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every hour: one reminder for invitations not answered after the configured days, and expiry. */
@Singleton
public class SurveyTimer {


    @Inject
    Invitations invitations;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void remind() {
        org.ektefaa.platform.api.SystemActor.run(org.ektefaa.platform.api.SystemActor.SYSTEM, invitations::remindAndExpire);
    }
}
