/**
 * <h2>Aid — programmes, funds and, to come, entitlements and distribution (issue #27)</h2>
 *
 * <p><b>Purpose.</b> Policy §5.6 asks that the service be delivered; a charity delivers it through programmes (monthly
 * food baskets, rent, bills) paid from funds it must keep apart: zakat only to the categories entitled to it, general
 * donations to any programme, a restricted grant only to what its donor gave it for. The design this module is built
 * from, and the order of building, is {@code docs/aid-distribution-design.md}.
 *
 * <p><b>Built so far (steps 1 and 2 of 5).</b> Funds ({@code entity.Fund}: zakat, general, restricted with donor and
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
 * Not yet: rounds and collection codes, the ledger, transfers, reports, and the finance officer's own role
 * (administrators until then).
 *
 * <p><b>Uses.</b> {@code platform.api}; {@code beneficiaries.api.BeneficiaryDirectory} (the categories' names, a file's
 * category); {@code requests.api.RequestDirectory} (the catalogue's services). <b>Provides</b>
 * {@code requests.api.Funding}. <b>Observes</b> {@code requests.api.RequestDecided}, in the deciding transaction;
 * {@code platform.api.DemoDataRequested} (a restricted rent grant, four programmes, the zakat categories and six
 * months of budgets, before the demo's requests are decided: {@code boundary.DemoAid}). It fires {@code Audited} only.
 *
 * <p><b>Tables.</b> {@code aid_fund}, {@code aid_budget}, {@code aid_programme}, {@code aid_programme_fund},
 * {@code aid_zakat_category}, {@code aid_entitlement} (one per request), {@code aid_instalment} (Flyway,
 * {@code db/migration/aid}).
 */
package org.ektefaa.aid;
