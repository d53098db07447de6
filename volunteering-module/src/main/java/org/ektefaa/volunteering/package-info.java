/**
 * <h2>Volunteering — public registration, coordination, hours and certificates</h2>
 *
 * <p><b>Purpose.</b> Volunteers register themselves on a public page (Saudi identity validation, consent and
 * code of conduct recorded, bots and floods refused, duplicates answered politely without revealing data);
 * coordinators review applications (NEW → INTERVIEW → APPROVED | DECLINED, with notes), plan opportunities
 * (calendar, skills, places, possibly serving a request), match volunteers by skills and availability and
 * invite them; approved volunteers reach their own page with a one-time personal link, sign up or withdraw
 * (places never over-booked: the opportunity row is locked), log hours that coordinators approve or correct.
 * The certificate data is offered to the reporting module through {@code api.VolunteerRecords}.
 *
 * <p><b>Policy clauses served.</b> §1 (volunteers are a party the association serves), §4.6 (the volunteering
 * service is a channel), §3.4 (a field visit by a volunteer for a person who cannot come).
 *
 * <p>Other modules may open an opportunity for work a volunteer does on this site ({@code api.FieldVisits},
 * {@code boundary.FieldVisitOpportunities}: the eligibility module's home visits offered to volunteers, issue #26): one
 * place, the field-visit skill, a place in words a public list may show, and a work link — the page the volunteer who
 * holds the place opens from their own page ("Open the visit form"); that page decides who may open it. Volunteering
 * knows nothing else of the work; who takes or gives back the place is announced as {@code VolunteerSignedUp} and
 * {@code VolunteerWithdrew}.
 *
 * <p><b>Events fired.</b> {@code VolunteerRegistered}, {@code VolunteerApproved}, {@code VolunteerSignedUp}, {@code VolunteerWithdrew},
 * {@code VolunteerHoursApproved} (api); {@code NotificationRequested}, {@code Audited} (platform).
 * <b>Events observed.</b> {@code platform.api.DemoDataRequested} (demo volunteers, opportunities and hours).
 *
 * <p><b>Tables owned.</b> {@code vol_skill}, {@code vol_volunteer}, {@code vol_volunteer_skill},
 * {@code vol_review}, {@code vol_access_link}, {@code vol_opportunity}, {@code vol_opportunity_skill},
 * {@code vol_signup}, {@code vol_hours}, {@code vol_approved_totals} (approved hours per volunteer and opportunity, kept at approval); migrations in {@code db/migration/volunteering}, history in
 * {@code vol_schema_history}.
 *
 * <p><b>Who may act for a volunteer.</b> A volunteer's own work (taking and giving back a place, logging hours, reading
 * their hours and certificate) is open to the session their personal link opened or to a coordinator, decided by
 * {@code control.VolunteerAccess} from the session, not from the id a page sends.
 *
 * <p><b>Sealed at rest.</b> Identity numbers (declared to the field key's rotation by {@code control.VolunteerSealedColumns}).
 */
package org.ektefaa.volunteering;
