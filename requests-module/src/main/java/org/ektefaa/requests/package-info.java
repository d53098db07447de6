/**
 * <h2>Requests — every contact, decision, deadline and service delivery</h2>
 *
 * <p><b>Purpose.</b> One request model for every contact on the seven channels (registration
 * applications, support requests, inquiries, suggestions, complaints), the executive decision within the
 * committed period, and the delivery of the service.
 *
 * <p><b>Policy clauses served.</b> §2, §3.3, §3.4, §4, §5.1, §5.4, §5.6.
 *
 * <p><b>State.</b> The module exists as a boundary only: its features are the requests issue.
 *
 * <p><b>Events fired.</b> none yet. <b>Events observed.</b> none yet.
 *
 * <p><b>Tables owned.</b> none yet; prefix {@code req_}, migrations in {@code db/migration/requests}.
 */
package org.ektefaa.requests;
