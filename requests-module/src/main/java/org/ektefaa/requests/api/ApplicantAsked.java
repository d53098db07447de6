package org.ektefaa.requests.api;

import org.ektefaa.platform.api.ModuleEvent;

/** More information is needed from the applicant; the decision clock stands still until they answer. */
public record ApplicantAsked(long requestId, String trackingNumber, String what) implements ModuleEvent {
}
