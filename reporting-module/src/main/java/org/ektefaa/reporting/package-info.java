/**
 * <h2>Reporting — the read model and the board's reports</h2>
 *
 * <p><b>Purpose.</b> Its own fact tables filled from the other modules' events, and the JasperReports
 * PDFs built from them: the board's quality reports, operations reports, receipts, certificates.
 *
 * <p><b>Policy clauses served.</b> §3.5, §3.6, §6.
 *
 * <p><b>State.</b> The module exists as a boundary only: its features are the reporting issue.
 *
 * <p><b>Events fired.</b> none yet. <b>Events observed.</b> none yet.
 *
 * <p><b>Tables owned.</b> none yet; prefix {@code rep_}, migrations in {@code db/migration/reporting}.
 */
package org.ektefaa.reporting;
