/**
 * <h2>Requests — every contact, decision, deadline and service delivery</h2>
 *
 * <p><b>Purpose.</b> One request model for every contact on the seven channels, with a tracking number
 * sequential per Hijri year ({@code 1447-000123}) and a timeline; the executive's decision within the
 * committed period, the clock paused while the request waits for the applicant. Staff record a contact in
 * seconds (inquiry, support request, complaint, suggestion; a beneficiary's file or a name and mobile);
 * inquiries are answered, suggestions acknowledged, complaints resolved under a theme (upheld or not), support requests (for a service
 * of the catalogue) raised for decision, delivered in parts or month by month, completed and closed. A submitted beneficiary file opens a registration request raised at once
 * to executive management, which approves or rejects from its queue (several at once for a committee); a registration whose
 * file may be the same person as another file (issue #24, the beneficiaries module's count) is marked in the queue and
 * approved only with the executive's reason, audited as an override ({@code control.RequestStore}); the requests of a
 * file merged into another follow it, and go back when the merge is undone ({@code control.MergedFiles}, observing
 * the beneficiaries module's {@code FilesMerged} and {@code FilesUnmerged}; {@code req_merged_request}); a file with a
 * request is kept when the import batch that made it is undone ({@code control.RequestsOfFiles}, the beneficiaries
 * module's {@code FileUsage}); the aid an import brings from the association's records is kept as history
 * ({@code control.PastAidRecords}, {@code req_past_aid}) and counted with the deliveries in the executive's "aid, last
 * 12 months" ({@code boundary.DecisionBriefs}), never as a request.
 * Anyone sends a request from the website form (honeypot, five an hour per address by default; consent to the
 * processing the privacy notice describes is required of a visitor and its time kept, an optional e-mail address
 * receives the notices too) and follows it on the
 * public status page with its tracking number and the last four digits of the mobile, seeing nothing
 * personal.
 *
 * <p><b>Policy clauses served.</b> §3.3 (answers to inquiries), §3.4 (send and follow a request from anywhere),
 * §4 (every enabled channel), §5.1 (received with a tracking number), §5.4 (decision within the period set
 * in the association profile, default 14 days; at risk within three days, overdue after), §5.6 (delivery).
 *
 * <p><b>Public API</b> ({@code api}): {@code RequestType}, {@code RequestReceived}, {@code ApplicantAsked},
 * {@code FollowUpRequested},
 * {@code RequestRaisedForDecision}, {@code RequestDecided}, {@code RequestAnswered} (with a complaint's theme and
 * outcome), {@code ServiceDelivered}, {@code RequestClosed};
 * {@code RequestDirectory} (how to reach the person, a visit by tracking number, service and complaint-theme
 * names, snapshots for rebuilding the reports' facts, the requests on a beneficiary's file); {@code Funding}, declared
 * here and provided by the aid module (issue #27): what approving a support request for a file would open and which
 * funds may pay, shown in the executive's queue, where the executive chooses the fund (a request no fund may pay for is
 * refused before the confirmation).
 *
 * <p><b>Events fired.</b> {@code RequestReceived}; {@code ApplicantAsked}; {@code RequestRaisedForDecision};
 * {@code RequestAnswered}; {@code ServiceDelivered};
 * {@code RequestClosed}; {@code RequestDecided} (with whether the
 * decision met the deadline, and for a support request its service, quantity and the fund chosen); {@code beneficiaries.api.RegistrationDecisionOpened} and
 * {@code beneficiaries.api.RegistrationDecided} for registration requests; {@code beneficiaries.api.DuplicateOverridden}
 * when a request is approved despite a strong duplicate warning; {@code Audited}.
 * <b>Events observed.</b> {@code beneficiaries.api.BeneficiaryFileSubmitted}, in the submitting
 * transaction; {@code beneficiaries.api.PastAidImported} and {@code ImportUndone}, after the commit; {@code FollowUpRequested} (declared here for the satisfaction module, taken after the answer is
 * committed: opens a follow-up
 * call); its own events, to tell the applicant through {@code platform.api.NotificationRequested};
 * {@code platform.api.DemoDataRequested} (demo requests over the past six months through the boundary, and the
 * decisions on the demo beneficiary files' registrations).
 *
 * <p><b>Tables owned</b> ({@code db/migration/requests}): {@code req_request}, {@code req_request_step},
 * {@code req_status_counts} (requests per status for the dashboard, kept by {@code control.RequestCounts} in the
 * transaction of every move; a request refuses to be written with a move not counted),
 * {@code req_tracking_counter}, {@code req_service} (the catalogue, kept by administrators), {@code req_delivery},
 * {@code req_rejection_reason}, {@code req_complaint_theme} (both kept by administrators), {@code req_attachment} (files in the platform file store, area
 * {@code attachments}). Notice texts ({@code notice.*}) are editable through {@code platform.api.MessageTexts};
 * requests can be assigned ("assigned to me"). A request keeps the random key of the form that sent it
 * ({@code req_request.submission_key}, unique): the same form sent twice makes one request.
 */
package org.ektefaa.requests;
