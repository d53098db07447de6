package org.ektefaa.satisfaction.api;

import java.time.Instant;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.platform.api.ModuleEvent;

/** A person was invited to evaluate a service (the denominator of the response rate, policy §3.5). */
public record SurveyInvited(long invitationId, long requestId, RequestType requestType, ContactChannel channel,
                            String serviceCode, boolean kiosk, Instant invitedAt) implements ModuleEvent {
}
