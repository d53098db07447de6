/**
 * <h2>Platform — the shared kernel</h2>
 *
 * <p><b>Purpose.</b> What every module needs and no module owns: staff accounts, roles and sign-in
 * (Jakarta Security with a database identity store, PBKDF2 at 210,000 iterations, throttled failed
 * sign-ins, a forced password change at first sign-in), staff sessions that follow their account
 * ({@code control.StaffSessions}: a new session id at sign-in and password change, the account re-read on
 * each request through a five-second cache, an absolute lifetime; {@code api.web.SecurityHeaders} on every
 * response the sign-in mechanism answers itself; a kiosk session that opens one page, {@code api.web.Kiosk}),
 * authorization at every boundary ({@code @RolesAllowed} enforced on CDI beans by
 * {@code control.BoundaryAuthorization}; work nobody signed in asked for runs as {@code api.SystemActor}; a refusal
 * is {@code api.AccessRefused}; what a boundary records as done by someone names {@code api.Caller} — the system
 * actor or the request's signed-in employee, never a name a page passes in), personal data sealed at rest (field values, waiting messages, stored files; the key's id on each, and
 * {@code control.FieldKeyRotation} re-sealing under a new key at start-up from the columns modules declare as
 * {@code api.protect.SealedColumns}), the association profile (the settings that
 * make the same policy text usable by any association, and {@code api.PublicFace}: what its public home tells),
 * the public front door ({@code web.PublicPages}: the home at {@code /}, the published policy and the privacy
 * notice, under {@code /public/}), the audit log, the language preference, the delivery of events between
 * modules after the commit ({@code control.EventJournal} records each {@link org.ektefaa.platform.api.ModuleEvent}
 * that has {@link org.ektefaa.platform.api.Committed} observers in the firing transaction;
 * {@code control.EventDispatcher}'s one worker thread hands it to each observing class in its own transaction,
 * in order, retrying with back-off while it fails; {@code boundary.Deliveries} shows administrators what waits and
 * what failed, on the outbox page, and tries the failed ones again on demand),
 * and the contribution points of the shell (menu entries and dashboard widgets that modules add).
 * It knows nothing of requests, beneficiaries or volunteers.
 *
 * <p><b>Policy clauses served.</b> §4 (the seven contact channels and which of them the association
 * has enabled), §5.4 (the decision period in days, default 14, kept in the profile), §6 (the board's
 * approval reference, shown wherever the policy is cited).
 *
 * <p><b>Public API</b> ({@code org.ektefaa.platform.api}): {@link org.ektefaa.platform.api.Role},
 * {@link org.ektefaa.platform.api.ContactChannel}, {@link org.ektefaa.platform.api.AssociationProfile},
 * {@link org.ektefaa.platform.api.ShellContribution}, {@link org.ektefaa.platform.api.Audited},
 * {@link org.ektefaa.platform.api.ModuleEvent} and {@link org.ektefaa.platform.api.Committed} (events between modules,
 * observed after the commit),
 * {@link org.ektefaa.platform.api.NotificationRequested}, {@link org.ektefaa.platform.api.Allowances} (how often
 * anyone may do something), {@link org.ektefaa.platform.api.Caller},
 * {@code RuleViolation}, the Saudi data helpers ({@code api.saudi}: digits, mobiles, IBANs, Hijri dates, Arabic text
 * and {@code NameKeys}, the keys under which spellings of one name, Arabic or Latin, find each other), personal data sealed at rest
 * ({@code PersonalData}, {@code Encrypted}), content recognition, one-time link tokens and the file store
 * ({@code StoredFiles}) in {@code api.protect}, Faces messages ({@code api.web.Notices}),
 * {@link org.ektefaa.platform.api.InstantConverter}, {@link org.ektefaa.platform.api.PublicLinks},
 * {@link org.ektefaa.platform.api.SpreadsheetText} (the one rule that keeps an exported text from running as a formula),
 * {@link org.ektefaa.platform.api.PolicyClause} (tests' proof marks), {@link org.ektefaa.platform.api.StatusCounts} and
 * {@link org.ektefaa.platform.api.StatusMoves} (how many records stand in each status, kept as they move, in the
 * module's own table), {@code api.web.SecurityHeaders} and {@code api.web.ClientAddress} (the visitor's
 * address and whether they came over HTTPS, through trusted proxies), and the query interfaces other modules
 * may use: {@link org.ektefaa.platform.api.StaffDirectory} (role holders' addresses and names, an account's display name), {@link org.ektefaa.platform.api.AssociationLogo},
 * {@link org.ektefaa.platform.api.PolicyVersions}, {@link org.ektefaa.platform.api.MessageLog} (what was sent
 * about a module's records, masked and without text: a file's contacts tab), {@link org.ektefaa.platform.api.MessageTexts} (with the
 * {@code Editable} beans modules declare). The api holds contracts only — records, events, interfaces and pure
 * functions; what implements them is in {@code kernel} (field keys, the sealed file store, the in-memory allowances,
 * the caller from the security context, Faces messages, the proxy-aware client address, the response headers, the
 * slotted status counters) and is
 * injected, never reached through a static call (an architecture rule: no bean and no configuration in an api).
 * Every other package is internal.
 *
 * <p><b>Events fired.</b> {@link org.ektefaa.platform.api.AssociationProfileChanged} when an
 * administrator saves the profile; {@link org.ektefaa.platform.api.DemoDataRequested} once, when the demo
 * switch is on and the demo accounts do not exist yet (modules move the one clock with
 * {@code DemoDataRequested.at} to spread their demo data over past months; it is released when they are done), and
 * {@code DemoDataRequested.Settle} each time a module's demo calls {@code settle()} between two of its steps (every
 * module writes and clears its persistence context, so that the one-transaction load stays linear).
 * <b>Events observed.</b> {@link org.ektefaa.platform.api.DatabaseMigrated} (fired by the webapp once
 * every module's schema is migrated: creates the first administrator account);
 * {@link org.ektefaa.platform.api.Audited} (any module: written to the audit log in the same transaction);
 * {@link org.ektefaa.platform.api.NotificationRequested} (any module: written to the outbox in the same
 * transaction); every {@link org.ektefaa.platform.api.ModuleEvent} (recorded for its {@code @Committed}
 * observers; delivered inline, in the loader's transaction, while the demo data loads).
 *
 * <p><b>Tables owned</b> ({@code db/migration/platform}): {@code plt_user} (with the session
 * generation a password change or reset moves on, and the expiry of a temporary password), {@code plt_user_role},
 * {@code plt_association_profile}, {@code plt_audit_log}, {@code plt_outbox} (recipient and text sealed while waiting;
 * the text dropped and the recipient masked once sent), {@code plt_policy_version}
 * (approved versions of the policy), {@code plt_message_text} (administrators' wording of message texts),
 * {@code plt_event_delivery} (events waiting for an observing class: the JSON of the event, attempts, the next
 * attempt and the failure's class names) and {@code plt_event_lease} (which server delivers a class's events).
 * On MariaDB {@code plt_audit_log} refuses UPDATE and DELETE by trigger ({@code db/mariadb/platform}). Every
 * module's persistence unit names {@code control.FailFast}, so that a page fails at once while the database is down.
 */
package org.ektefaa.platform;
