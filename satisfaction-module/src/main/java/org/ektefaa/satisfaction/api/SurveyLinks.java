package org.ektefaa.satisfaction.api;

import java.util.Optional;

/**
 * A survey link to print on a document (the service receipt's QR code, policy §3.4–§3.5): a new one-time
 * token for the request's open invitation, valid beside the one sent by SMS or e-mail. Empty when the request
 * has no open invitation (not closed yet, already answered, expired, or the person opted out).
 */
public interface SurveyLinks {

    Optional<String> printableLink(long requestId, String language);
}
