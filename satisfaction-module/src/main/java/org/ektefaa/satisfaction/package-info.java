/**
 * <h2>Satisfaction — surveys after service, measured honestly</h2>
 *
 * <p><b>Purpose.</b> Versioned survey templates (CSAT items 1–5, effort 1–7, recommendation 0–10, an open
 * suggestion) chosen per request type and channel; an invitation with a one-time link (256-bit token, only its
 * SHA-256 stored, expiry, one reminder, opt-out) after every closed request, sent through the platform outbox;
 * the public survey page and the reception kiosk; the indicators (CSAT, NPS, CES, response rate) with their
 * sample sizes by period, channel, request type, service and staff member; the suggestions feed; service
 * recovery (a low score asks the requests module for a call-back). The indicators of whole days are read from
 * daily summaries kept in the transaction of every invitation and answer ({@code control.DailyFigures}), rebuilt
 * from the raw rows at start-up when marked stale; other periods are counted from the raw rows.
 *
 * <p><b>Policy clauses served.</b> §3.5 (satisfaction measured after service), §3.6 (a right and a tool for
 * improvement, not for punishment: anonymity on request, staff figures only in aggregate above a minimum
 * group, each employee sees only their own), §3.7 (suggestions become improvement actions), §3.4 (answered
 * from anywhere).
 *
 * <p><b>Events fired.</b> {@code SurveyInvited}, {@code SurveyAnswered}, {@code SuggestionReviewed} (api); {@code FollowUpRequested} (declared in
 * {@code requests.api}); {@code NotificationRequested} and {@code Audited} (platform).
 * <b>Events observed.</b> {@code RequestClosed} (after the closing is committed: an invitation);
 * {@code platform.api.DemoDataRequested} (demo answers);
 * {@code platform.api.DatabaseMigrated} (rebuild the daily summaries if stale).
 * <b>Uses.</b> {@code requests.api.RequestDirectory} (how to reach the person, a visit by tracking number, the
 * requests on a file: the file's surveys tab, which says whether the person was invited and answered, never what).
 *
 * <p><b>Tables owned.</b> {@code sat_template}, {@code sat_template_question}, {@code sat_invitation},
 * {@code sat_response}, {@code sat_opt_out}, {@code sat_settings}, {@code sat_daily_figures} and {@code sat_monthly_figures} (the figures summed per day and per month), {@code sat_figures_state}; migrations in
 * {@code db/migration/satisfaction}, history in {@code sat_schema_history}.
 */
package org.ektefaa.satisfaction;
