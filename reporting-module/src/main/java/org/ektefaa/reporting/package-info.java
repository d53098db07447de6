/**
 * <h2>Reporting — the board's quality reports, in Arabic and English</h2>
 *
 * <p><b>Purpose.</b> Keeps its own read model (facts) from the other modules' events, each taken after the
 * change it describes is committed ({@code @Committed}: delivered in order, retried while it fails, so that a
 * failure here never rolls back an applicant's request), and never reads another module's tables; produces with
 * JasperReports (templates compiled at build time — the board quarterly's (a cover page, contents with page numbers),
 * the other periodic reports' and certificate's, each composed of the {@code section-table} and {@code kpi-tiles}
 * subreports fed typed figures ({@code Block}) that the templates format in the report's locale and digits, and the
 * receipt's own — sharing the styles of {@code ektefaa-styles.jrtx}; an association's own templates and styles in
 * {@code <data dir>/reports} are used instead, and set aside with a notice to administrators when they fail,
 * {@code ReportTemplates}; DejaVu Sans embedded, charts drawn as images, a swap-file virtualizer, tagged PDFs with their
 * metadata and "page N of M") the board's quarterly service-quality report, the monthly operations report, the
 * satisfaction detail report, the request receipt (one page, with a QR code to the public status page carrying the
 * tracking number) and the volunteer's certificate of hours; archives periodic reports with their parameters and
 * SHA-256; produces them on the first of each month (once across servers) and tells board members; exports the figures
 * from the same typed lines ({@code Cell}: number, unit, date) as an Excel workbook with numbers as numbers (Apache POI)
 * and as a tidy CSV (Commons CSV), {@code Exports}; keeps the quality officer's improvement actions, corrected under
 * optimistic locking and withdrawn with a reason; rebuilds the request facts of requests older than the module from the
 * requests module's records ({@code FactRebuild}).
 *
 * <p><b>Policy clauses served.</b> §3.5 and §3.6 (satisfaction measured and reported without naming staff),
 * §5.4 (the decision commitment), §4 (requests per channel), §6 (the board oversees).
 *
 * <p><b>Events fired.</b> {@code NotificationRequested}, {@code Audited} (platform).
 * <b>Events observed.</b> {@code RequestReceived}, {@code RequestRaisedForDecision}, {@code RequestDecided},
 * {@code RequestAnswered} (complaint themes and outcomes), {@code ServiceDelivered}, {@code RequestClosed}, {@code SurveyInvited}, {@code SurveyAnswered}, {@code SuggestionReviewed},
 * {@code VolunteerRegistered}, {@code VolunteerApproved}, {@code VolunteerHoursApproved},
 * {@code BeneficiaryRegistered}, eligibility {@code AssessmentMade}, {@code RulesOverridden} and {@code VisitRecorded} (the
 * eligibility section of the monthly and quarterly reports: outcomes on submission, decisions against an assessment,
 * renewals, home visits signed and late, each category's need profile), platform {@code DatabaseMigrated} (rebuild the daily summaries if stale; produce one throw-away report in the
 * background so that JasperReports and the fonts are loaded before the first board member asks). <b>Uses.</b> {@code RequestDirectory}, {@code VolunteerRecords},
 * {@code CurrentVolunteer}, {@code Indicators}, {@code BeneficiaryDirectory.categoryNames}, platform {@code AssociationLogo}, {@code StaffDirectory}.
 *
 * <p><b>Tables owned.</b> {@code rep_request_fact}, {@code rep_invitation_fact}, {@code rep_survey_fact},
 * {@code rep_suggestion_fact}, {@code rep_volunteer_fact}, {@code rep_hours_fact}, {@code rep_beneficiary_fact}, {@code rep_assessment_fact}, {@code rep_override_fact},
 * {@code rep_visit_fact}, {@code rep_target},
 * {@code rep_action}, {@code rep_archive}, {@code rep_daily_figures} and {@code rep_figures_state} (the facts summed per day, rebuilt at start-up when stale); migrations in {@code db/migration/reporting}, history in
 * {@code rep_schema_history}.
 */
package org.ektefaa.reporting;
