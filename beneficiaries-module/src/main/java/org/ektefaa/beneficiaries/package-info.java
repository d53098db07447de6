/**
 * <h2>Beneficiaries — the beneficiary file</h2>
 *
 * <p><b>Purpose.</b> The file of each person the association serves, from first contact to registration:
 * the four-part name, the identity document (national ID or Iqama checked by its check digit, the first
 * digit telling which), household members, income, housing, the IBAN, the channel the person came
 * through; the documents the category requires (PDF/JPEG/PNG recognised by content, stored outside the web
 * root under random names); the employee's verification of each item against the original; the
 * applicant's consent and signed declaration; the lifecycle {@code DRAFT → INCOMPLETE → SUBMITTED →
 * UNDER_DECISION → REGISTERED | REJECTED}, then {@code SUSPENDED} or {@code CLOSED}, each step recorded.
 * Identity numbers and IBANs are encrypted at rest (AES-GCM), each with a keyed hash (uniqueness of the
 * identity number; a household member's too);
 * lists show them masked; revealing, opening and exporting a file, and reading its address for a home visit
 * ({@code BeneficiaryDirectory.homeAddress}, issue #26), are written to the access log. Names are found in
 * any Arabic or Latin spelling through an index kept with each file ({@code ben_name_key}, {@code platform.api.saudi.NameKeys};
 * older files keyed after start-up by {@code control.NameIndex}); files that may be the same person are found when a
 * file is opened or changed and every night ({@code control.DuplicateCheck}, {@code DuplicateSweep},
 * {@code boundary.DuplicateSchedule}), each with its reasons, ranked, shown beside the file's own facts
 * ({@code Duplicates.Facts}, compared on the file page), resolved "not the same person" by an officer (with a note, required
 * on strong grounds, in both histories; {@code boundary.Duplicates}) or merged by the executive into the file further on (both histories kept, the merged
 * file out of the search and closed to changes, its numbers leading to the kept file, undone within 30 days); the open
 * pairs are listed on {@code duplicates.xhtml}, the strongest first; their number reaches the executive's queue in
 * {@code BeneficiarySummary}, where a strong one holds a registration or a support request until the executive says why.
 * Importing the association's spreadsheets (issue #25): {@code control.SheetReader} reads XLSX (as a stream,
 * {@code control.SheetStream}), XLS and CSV (UTF-8 or Windows-1256) into text cells under the headings it finds below
 * a title, each row with its own number, {@code control.ImportField} proposes which column is which field from
 * its heading, {@code control.ImportValues} reads names, Hijri or Gregorian days and amounts as they are written;
 * {@code boundary.FileImports} (administrators) reads the upload and runs the dry run {@code boundary.ImportCheck}:
 * each person of the sheets checked with the wizard's rules, against the kept files (fill or create) and the
 * duplicate check, a reason per cell, as a workbook too ({@code control.ImportReport}); it writes nothing.
 * {@code boundary.ImportBatches} imports the accepted people the administrator left ticked as one numbered batch in
 * the background
 * ({@code entity.ImportBatch}), each person written whole in a transaction of its own by {@code boundary.ImportWriter}
 * ({@code entity.ImportedRow} remembers each, so a batch cut short resumes when the same file is imported again);
 * files arrive in draft marked "imported" (and "verified before" when the administrator says so), kept files are only
 * filled where blank; a batch is undone within 30 days, 200 files per transaction ({@code boundary.ImportUndoing};
 * files worked on since — or that another module uses, asked through {@code api.FileUsage} — are kept and listed);
 * past aid on the rows goes to the requests module as
 * {@code api.PastAidImported}, and {@code api.ImportUndone} takes the batch's back when it is undone. The page
 * is {@code web.ImportView}; mappings of headings to fields are saved by name ({@code entity.ImportMapping}).
 *
 * <p><b>Policy clauses served.</b> §3.1 (simple procedures: one search box, the ID type read from the
 * number, Hijri or Gregorian dates), §5.1–§5.3 (receive, verify at submission, the applicant signs),
 * §5.5 (registration completed with a beneficiary number).
 *
 * <p><b>Public API</b> ({@code api}): {@code BeneficiaryFileSubmitted}, {@code RegistrationDecided},
 * {@code RegistrationDecisionOpened}, {@code BeneficiaryRegistered}, {@code BeneficiarySummary}, {@code FilesMerged}
 * and {@code FilesUnmerged} (issue #24: a file merged into the same person's, and the merge undone within 30 days),
 * {@code PastAidImported} and {@code ImportUndone} (issue #25), the query interface
 * {@code BeneficiaryDirectory}, and {@code FileUsage}, which modules implement to keep the files they use when an
 * import is undone.
 *
 * <p><b>Events fired.</b> {@code BeneficiaryFileSubmitted} (a complete, verified, signed file is
 * submitted); {@code BeneficiaryRegistered} (the executive approved it); {@code FilesMerged}, {@code FilesUnmerged};
 * {@code PastAidImported} (a delivery on an imported row), {@code ImportUndone} (an import batch
 * undone); {@code Audited}.
 * <b>Events observed</b> (declared here, fired by {@code requests}): {@code RegistrationDecisionOpened}
 * (the file is now under decision) and {@code RegistrationDecided} (register with a number, or record the
 * refusal), both in the firing transaction; {@code DuplicateOverridden} (a request approved despite an open strong
 * pair: the pair and the history say which, in the deciding transaction); {@code platform.api.DemoDataRequested} (300
 * demo files over the past seven months, twelve of their people registered a second time, three grown sons listing a
 * parent who has a file and three sisters sharing a mobile, through the boundary, before the requests module decides
 * their registrations).
 *
 * <p><b>Tables owned</b> ({@code db/migration/beneficiaries}): {@code ben_beneficiary},
 * {@code ben_status_counts} (files per status for the dashboard, kept by {@code control.FileCounts} in the
 * transaction of every move; a file refuses to be written with a move not counted),
 * {@code ben_household_member}, {@code ben_income}, {@code ben_verification}, {@code ben_file_event},
 * {@code ben_document}, {@code ben_access_log}, {@code ben_category}, {@code ben_category_document}, {@code ben_category_field},
 * {@code ben_document_type}, {@code ben_name_key} (the name index), {@code ben_duplicate} (pairs of files that may be one
 * person, with their reasons and resolution). On MariaDB {@code ben_name_key} compares its keys letter for letter, and
 * {@code ben_access_log} refuses UPDATE and DELETE by trigger
 * ({@code db/mariadb/beneficiaries}).
 *
 * <p><b>Screens.</b> A four-step registration wizard (identity and person, contact, household, income and
 * bank) that checks the identity number at the first step; the file page with its tabs; one search box;
 * categories with their required documents and fields.
 *
 * <p><b>Sealed at rest.</b> Identity numbers and IBANs (declared to the field key's rotation by {@code control.BeneficiarySealedColumns}).
 */
package org.ektefaa.beneficiaries;
