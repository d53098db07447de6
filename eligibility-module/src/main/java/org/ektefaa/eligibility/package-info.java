/**
 * <h2>Eligibility — who is entitled, how great the need, and why (issue #26)</h2>
 *
 * <p><b>Purpose.</b> "The mechanism for making sure the beneficiary is entitled to the service": criteria kept by
 * administrators per beneficiary category (or for every category without its own), versioned by the date they take
 * effect, of a closed set of kinds each evaluated by code ({@code entity.CriterionKind}: income per member, support
 * from elsewhere, household size, city served, a document, age, a disability or health condition); a need score from
 * 0 to 100 from weighted factors ({@code entity.Factor}: income gap, dependants, housing, health, debts), versioned
 * likewise, with its band (high / medium / low). A file is assessed when it is submitted for decision and whenever it
 * is corrected afterwards, or when staff ask again: eligible, not eligible (a criterion not met) or needs review (a
 * criterion not known yet — an income not verified, a document not on the file — never a refusal), each criterion's
 * result and each factor's points kept with the assessment ({@code entity.Assessment}, append-only, with the rule set
 * and score model it was made with and the day until which it holds: the category's period, 12 months by default).
 * The file's latest assessment is its standing: shown on the file (a tab) and in the executive's queue (the requests
 * module), where approving a file not eligible, or refusing the registration of an eligible one, needs a recorded
 * reason ({@code RulesOverridden}).
 *
 * Administrators keep the rules and weights on {@code /eligibility/rules.xhtml} ({@code web.RulesView},
 * {@code boundary.Rules}): every version listed with its state (in force, to come, replaced), a new one from a date
 * not in the past starting from the rules in force, a preview of how it would move the open files (at most the
 * 10,000 most recently assessed), and, once in force, the files awaiting a decision assessed again a page per
 * transaction. The rules an association starts with come from the migration.
 *
 * <p>A service of the catalogue may have criteria of its own ({@code RuleSet.serviceCode}, versioned the same way):
 * they are asked of every support request for it on top of the file's ({@code Eligibility.forService}: the file's
 * latest assessment with the service's criteria read on the file as it is today; the worse of the two outcomes). They
 * never replace a category's rules nor set a period, and are read when the request is shown or decided, so nothing is
 * assessed again when they change. The queue shows them under the file's criteria, and approving a request that does
 * not meet them needs the executive's reason like a file not eligible. The service names come from the requests
 * module through {@code api.ServiceNames}, which that module provides.
 *
 * <p>The social research visit ({@code entity.Visit}, {@code boundary.Visits}): reception or the executive sends a
 * researcher (an active relations officer) by a due date from the file's tab; while it is due the file's assessment
 * carries a "visit due" line (needs review). The researcher lists their visits ({@code /eligibility/visits.xhtml},
 * everyone's for the executive and administrators, late ones marked; a dashboard widget counts them) and fills the
 * phone-first form ({@code /eligibility/visit.xhtml}, only for the researcher the visit is given to): each criterion
 * confirmed or not, people living there, income seen, monthly debts, state of the home, a note, an optional location,
 * a recommendation, a typed name and a drawn signature, and up to six photos of the home ({@code boundary.VisitPhotos},
 * {@code entity.VisitPhoto}: JPEG or PNG, kept sealed in the platform's file store, area {@code visits}; opened through
 * {@code /eligibility/visit-photo}, each opening audited). Signing assesses the file again ({@code control.Evaluation.visit}:
 * a point not confirmed is "not known", never "not met"; {@code control.Scoring}: the debts and the state of the home).
 * The note and location are sealed at rest ({@code control.EligibilitySealedColumns}). Who may be sent comes from
 * {@code platform.api.StaffDirectory.holdersOf}; the address from {@code BeneficiaryDirectory.homeAddress}.
 *
 * <p>A visit may instead be offered to approved volunteers ({@code Visit.VOLUNTEERS}, "volunteer:" in
 * {@code assigned_to}; "volunteer:&lt;id&gt;" once taken — no staff username has a colon): {@code boundary.Visits}
 * opens a one-place field-visit opportunity through {@code volunteering.api.FieldVisits} (the city only, and the link
 * of the volunteers' form), and withdraws it when the visit is cancelled or given to an employee. The volunteer who
 * takes the place is the researcher from that transaction on, and stops being it on giving the place back
 * ({@code boundary.VolunteerVisits}, observing {@code VolunteerSignedUp} and {@code VolunteerWithdrew} in their
 * transactions). They open the same form on {@code /public/field-visit.xhtml} (the composition
 * {@code eligibility/visit-form.xhtml}, shared with the staff page) from their own page; {@code VolunteerVisits} decides
 * who they are from the session their personal link opened ({@code control.VolunteerResearcher}, from
 * {@code volunteering.api.CurrentVolunteer}), checks the visit is theirs and still to be done, and only then does what
 * an employee researcher does, as a system actor named after them, so the file's access log and the audit name them.
 * Their photos are served on {@code /public/field-visit-photo}, only while the visit is theirs and to be done.
 *
 * <p>Renewal ({@code entity.Renewal}, {@code boundary.Renewals}): a registered file's eligibility holds for its
 * category's period from the day it was registered (the row is made in the deciding transaction, from
 * {@code RegistrationDecided}); corrections, visits and new rules assess the file again without giving it another period.
 * From 30 days before the end the file is on reception's list ({@code /eligibility/renewals.xhtml}, ending soon or
 * ended, the earliest first; a dashboard widget counts both); reception asks the chosen people by a message through the
 * outbox (an administrator may reword it) to bring their updated income and documents, and renews on the file's tab:
 * the monthly income the household declares today must be what the file holds (the file is corrected first) and the
 * documents seen; the file is assessed again ({@code RENEWAL}) and holds for another period. The decision queue marks
 * a file whose eligibility ended. A merged file's period goes; an undone merge brings it back. Files registered before
 * periods were kept get theirs from their latest assessment at the first start ({@code PeriodsAtStartup}, on
 * {@code DatabaseMigrated}) or when next assessed.
 *
 * <p><b>Policy clauses served.</b> §5.1-§5.4 (a request received, the file verified, the executive's decision weighed
 * against the published criteria).
 *
 * <p><b>Public API</b> ({@code api}): {@code Eligibility} (a file's latest assessment, one or a page at a time; a
 * support request's, with its service's criteria), {@code ServiceNames} (provided by the requests module),
 * {@code Standing} (what other modules show of it), {@code Outcome}; events {@code AssessmentMade} and
 * {@code VisitRecorded} (fired here, for the reports: no person, no findings' words) and
 * {@code RulesOverridden} (declared here, fired by the requests module when its executive decides against an
 * assessment).
 *
 * <p><b>Events observed.</b> {@code volunteering.api.VolunteerSignedUp} and {@code VolunteerWithdrew} (in their
 * transactions: who holds a visit's place is its researcher); {@code beneficiaries.api.BeneficiaryFileSubmitted}, {@code beneficiaries.api.FileChanged}
 * and {@code beneficiaries.api.RegistrationDecided}, in the submitting, correcting or deciding transaction;
 * {@code FilesMerged} and {@code FilesUnmerged} (the periods of merged files) (the queue never shows a submitted file without its assessment). Facts
 * are read through {@code beneficiaries.api.BeneficiaryDirectory.householdFacts}: no name, identity number or contact
 * (the visit's card alone reads the name, mobile and address, for the researcher it is given to).
 *
 * <p><b>Tables owned</b> ({@code db/migration/eligibility}, history in {@code elg_schema_history}): {@code elg_rule_set},
 * {@code elg_criterion}, {@code elg_score_model}, {@code elg_assessment}, {@code elg_assessment_line}, {@code elg_visit},
 * {@code elg_visit_finding}, {@code elg_visit_photo}, {@code elg_renewal}.
 */
package org.ektefaa.eligibility;
