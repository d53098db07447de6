package org.ektefaa.volunteering.api;

import java.util.Optional;

/** The volunteer this browser session was opened for with a personal link, if any (their certificate download). */
public interface CurrentVolunteer {

    Optional<Long> volunteerId();
}
