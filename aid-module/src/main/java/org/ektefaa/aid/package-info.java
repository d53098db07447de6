/**
 * <h2>Aid — programmes, funds and, to come, entitlements and distribution (issue #27)</h2>
 *
 * <p><b>Purpose.</b> Policy §5.6 asks that the service be delivered; a charity delivers it through programmes (monthly
 * food baskets, rent, bills) paid from funds it must keep apart: zakat only to the categories entitled to it, general
 * donations to any programme, a restricted grant only to what its donor gave it for. The design this module is built
 * from, and the order of building, is {@code docs/aid-distribution-design.md}.
 *
 * <p><b>Built so far (steps 1 to 3 of 5).</b> Funds ({@code entity.Fund}: zakat, general, restricted with donor and
 * purpose; its kind fixed once created), their budgets per month or quarter that never overlap ({@code entity.Budget}),
 * the programmes that deliver each catalogue service with their unit, schedule, the quantity of one instalment when a
 * request does not say, what one unit costs the fund and the allowed funds ({@code entity.Programme}; one programme in
 * use per service), and the categories marked zakat-eligible with who marked them ({@code entity.ZakatCategory}). The
 * rules live in {@code control.FundBook} (tested over the module's own tables): a zakat fund never pays a category not
 * marked — a law, not a judgement, so no reason lets it through; a fund's committed amount in a period is the riyals of
 * its instalments still due then. Administrators keep all of it on {@code /aid/funds.xhtml} (with what each fund has
 * promised this period and what is left) and {@code /aid/programmes.xhtml} ({@code boundary.Funds},
 * {@code boundary.Programmes}); every change is audited.
 *
 * <p>Entitlements ({@code entity.Entitlement}, {@code entity.Instalment}, {@code control.EntitlementBook}): approving a
 * support request for a file opens the entitlement to the programme of its service, in the deciding transaction
 * ({@code boundary.Entitlements} observes {@code RequestDecided} synchronously — the design said after the commit; in
 * the transaction, a fund that may not pay for the household refuses the approval itself, and an approval never stands
 * without its entitlement). The fund is the executive's choice, or the usual one: the programme's first fund that may
 * pay, zakat first, then restricted grants, then general donations ({@code EntitlementBook.USUAL_FIRST}). Each
 * instalment is a row with its due day, fund, quantity and riyals, so that a round will pick the due ones in one
 * statement and a fund's committed amount is one sum. The executive suspends (until a day, or until resumed), resumes,
 * ends or shortens an entitlement, with a reason, as seen, audited; the file's "Aid" tab ({@code web.AidTabView},
 * {@code /aid/file-tab.xhtml}) lists them for reception, the executive and administrators. The executive's queue
 * learns what approving would open through {@code boundary.FundingPlans}, this module's {@code requests.api.Funding}.
 *
 * <p>Distribution rounds ({@code entity.Round}, {@code control.RoundBook}, {@code boundary.Rounds},
 * {@code /aid/rounds.xhtml} for the executive and administrators): a draft of one programme's instalments due by a day,
 * at a place, between hours, taken in one SQL statement (entitlements active on that day, instalments in no other
 * round); sending the codes gives each household one six-character code for all its lines (an alphabet read aloud
 * without confusion, unique within the round, kept only as the platform's keyed hash) in an SMS through the outbox (its
 * text editable: {@code Rounds.EditableNotices}); a round is closed on its day or after: what was not collected is
 * missed, except the lines of an entitlement suspended since, which wait for another round. At the point
 * ({@code boundary.Collections}, {@code web.CollectView}, {@code /aid/collect.xhtml}, phone-first, for reception, the
 * executive and administrators): the code, or the identity number on the person's card, opens the household's lines in
 * today's open round (30 lookups a minute per user); each line is recorded once — the instalment locked while checked
 * and written, a second point told who recorded it, where and when, the same page's retry answered with the row it
 * wrote — by the person or a relative with a valid identity number (sealed at rest). The ledger
 * ({@code entity.Disbursement}, {@code aid_disbursement}) has one row per instalment, every column written once, no
 * code path that updates or removes one. Each collection is the request's delivery: {@code requests.api.AidHandedOut},
 * which the requests module records after this module's commit, the entitlement's last completing and closing the
 * request; a request closed otherwise ends its entitlement ({@code RequestClosed}, observed after its commit).
 *
 * <p>The ledger lasts (step 4, begun): each row holds the hash of the row before it and its own, over every column it
 * writes ({@code Disbursement.chainAfter}), added one at a time under a lock on the chain's end
 * ({@code entity.LedgerHead}, {@code control.Ledger.append}); {@code control.Ledger.check} reads the chain from one
 * snapshot and finds the first row changed or removed in the database, or the last rows cut off — every night at 03:15
 * ({@code boundary.LedgerSchedule}) and on demand from the funds page ({@code boundary.LedgerCheck}), what it found
 * kept on the head, logged by row number and audited when broken. On MariaDB, triggers refuse any update or delete of a
 * ledger row ({@code db/mariadb/aid}), as for the audit log.
 *
 * <p>Bank transfers (step 4): a round of a programme paid in riyals may be a transfer batch ({@code Round.Kind.TRANSFER})
 * — exported for the bank as CSV ({@code Rounds.exportTransfers}: UTF-8 with a byte order mark; the household, the
 * IBAN from its file through {@code beneficiaries.api.BeneficiaryDirectory.ibans}, each read in the file's access log,
 * the amount, a reference), a household without an IBAN left for another batch; the bank's confirmation marks every
 * line still with it paid, written to the ledger and the request's delivery ({@code Rounds.markPaid}); a line the bank
 * refused is due again with the bank's reason ({@code Rounds.refusedByBank}). Not yet: the QR scan, the reports, the
 * bench, and the finance officer's own role (administrators until then).
 *
 * <p><b>Uses.</b> {@code platform.api}; {@code beneficiaries.api.BeneficiaryDirectory} (the categories' names, a file's
 * category); {@code requests.api.RequestDirectory} (the catalogue's services). <b>Provides</b>
 * {@code requests.api.Funding}. <b>Observes</b> {@code requests.api.RequestDecided}, in the deciding transaction;
 * {@code requests.api.RequestClosed}, after its commit;
 * {@code platform.api.DemoDataRequested} (a restricted rent grant, four programmes, the zakat categories and six
 * months of budgets, before the demo's requests are decided, adding only what is not there: {@code boundary.DemoAid}).
 * <b>Fires</b> {@code requests.api.AidHandedOut}, {@code platform.api.NotificationRequested} (the codes' SMS),
 * {@code Audited}.
 *
 * <p><b>Tables.</b> {@code aid_fund}, {@code aid_budget}, {@code aid_programme}, {@code aid_programme_fund},
 * {@code aid_zakat_category}, {@code aid_entitlement} (one per request), {@code aid_instalment}, {@code aid_round},
 * {@code aid_disbursement} (the ledger, one row per instalment, chained), {@code aid_ledger_head} (Flyway,
 * {@code db/migration/aid}).
 */
package org.ektefaa.aid;
