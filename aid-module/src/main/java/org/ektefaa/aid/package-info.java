/**
 * <h2>Aid — programmes, funds and, to come, entitlements and distribution (issue #27)</h2>
 *
 * <p><b>Purpose.</b> Policy §5.6 asks that the service be delivered; a charity delivers it through programmes (monthly
 * food baskets, rent, bills) paid from funds it must keep apart: zakat only to the categories entitled to it, general
 * donations to any programme, a restricted grant only to what its donor gave it for. The design this module is built
 * from, and the order of building, is {@code docs/aid-distribution-design.md}.
 *
 * <p><b>Built so far (step 1 of 5).</b> Funds ({@code entity.Fund}: zakat, general, restricted with donor and purpose;
 * its kind fixed once created), their budgets per month or quarter that never overlap ({@code entity.Budget}), the
 * programmes that deliver each catalogue service with their unit, schedule and allowed funds
 * ({@code entity.Programme}), and the categories marked zakat-eligible with who marked them
 * ({@code entity.ZakatCategory}). The rules live in {@code control.FundBook} (tested over the module's own tables):
 * a zakat fund never pays a category not marked — a law, not a judgement, so no reason lets it through. Administrators
 * keep all of it on {@code /aid/funds.xhtml} and {@code /aid/programmes.xhtml} ({@code boundary.Funds},
 * {@code boundary.Programmes}); every change is audited. Not yet: entitlements from decisions, rounds and collection
 * codes, the ledger, transfers, reports, and the finance officer's own role (administrators until then).
 *
 * <p><b>Uses.</b> {@code platform.api}; {@code beneficiaries.api.BeneficiaryDirectory} (the categories' names);
 * {@code requests.api.RequestDirectory} (the catalogue's services). It observes no event yet and fires none.
 *
 * <p><b>Tables.</b> {@code aid_fund}, {@code aid_budget}, {@code aid_programme}, {@code aid_programme_fund},
 * {@code aid_zakat_category} (Flyway, {@code db/migration/aid}).
 */
package org.ektefaa.aid;
