package org.ektefaa.beneficiaries.api;

import java.time.Instant;

/**
 * The executive approved a request of this file despite an open warning that the file may be another person's, with a
 * reason kept on the request (issue #24): the file's open strong pairs and its history say so. Fired by the requests
 * module in the deciding transaction; the reason itself stays on the request.
 */
public record DuplicateOverridden(long beneficiaryId, String trackingNumber, String by, Instant at) {
}
