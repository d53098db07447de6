/**
 * <h2>Requests — every contact, decision, deadline and service delivery</h2>
 *
 * <p><b>Purpose.</b> One request model for every contact on the seven channels, with a tracking number
 * sequential per Hijri year ({@code 1447-000123}) and a timeline; the executive's decision within the
 * committed period, the clock paused while the request waits for the applicant. Today it carries the
 * registration decisions: a submitted beneficiary file opens a registration request raised at once to
 * executive management, which approves or rejects it from its queue (several at once for a committee).
 *
 * <p><b>Policy clauses served.</b> §5.4 (decision within the period set in the association profile,
 * default 14 days; at risk within three days, overdue after).
 *
 * <p><b>Public API</b> ({@code api}): {@code RequestType}, {@code RequestRaisedForDecision},
 * {@code RequestDecided}.
 *
 * <p><b>Events fired.</b> {@code RequestRaisedForDecision}; {@code RequestDecided} (with whether the
 * decision met the deadline); {@code beneficiaries.api.RegistrationDecisionOpened} and
 * {@code beneficiaries.api.RegistrationDecided} for registration requests; {@code Audited}.
 * <b>Events observed.</b> {@code beneficiaries.api.BeneficiaryFileSubmitted}, in the submitting
 * transaction.
 *
 * <p><b>Tables owned</b> ({@code db/migration/requests}): {@code req_request}, {@code req_request_step},
 * {@code req_tracking_counter}.
 *
 * <p><b>Not yet.</b> Support requests, inquiries, suggestions and complaints with their intake screens,
 * service delivery, notifications and the public pages (the requests issue).
 */
package org.ektefaa.requests;
