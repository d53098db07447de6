package org.ektefaa.beneficiaries.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ektefaa.beneficiaries.boundary.FileImports;
import org.ektefaa.beneficiaries.boundary.ImportBatches;
import org.ektefaa.beneficiaries.boundary.ImportCheck;
import org.ektefaa.beneficiaries.boundary.ImportCheck.Person;
import org.ektefaa.beneficiaries.boundary.ImportCheck.Verdict;
import org.ektefaa.beneficiaries.control.ImportField;
import org.ektefaa.beneficiaries.control.SheetReader;
import org.ektefaa.beneficiaries.entity.ImportBatch;
import org.ektefaa.beneficiaries.entity.ImportMapping;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /beneficiaries/import.xhtml} (issue #25). Who opens it: the administrator of an association that keeps its
 * beneficiaries in spreadsheets. What they decide: which column holds what, and whether the rows are fit to come in.
 * What they need in front of them: each sheet's headings with a few of their values and a proposed field, then what
 * the import would do with each person — created, updated, refused — with the reason under each cell, on screen and
 * as a workbook to send back to whoever keeps the spreadsheet. Nothing is written by this page yet.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SAMPLES = 3;

    /** A column of a sheet: its heading, a few of its values, and the field chosen for it ("" for none). */
    public static final class Column implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int index;
        private final String heading;
        private final List<String> samples;
        private String field;

        Column(int index, String heading, List<String> samples, String field) {
            this.index = index;
            this.heading = heading;
            this.samples = samples;
            this.field = field;
        }

        public int getIndex() { return index; }
        public String getHeading() { return heading; }
        public List<String> getSamples() { return samples; }
        public String getField() { return field; }
        public void setField(String field) { this.field = field == null ? "" : field; }
    }

    /** A sheet of the uploaded file and its columns' mapping. */
    public static final class Sheet implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SheetReader.Table table;
        private final List<Column> columns = new ArrayList<>();

        Sheet(SheetReader.Table table) {
            this.table = table;
            Map<ImportField, Integer> guessed = ImportField.guess(table.headings());
            for (int c = 0; c < table.headings().size(); c++) {
                List<String> samples = new ArrayList<>();
                for (int r = 0; r < table.rows().size() && samples.size() < SAMPLES; r++) {
                    String value = table.cell(r, c).strip();
                    if (!value.isEmpty()) {
                        samples.add(value.length() > 40 ? value.substring(0, 40) + "…" : value);
                    }
                }
                final int column = c;
                String field = guessed.entrySet().stream().filter(e -> e.getValue() == column)
                        .map(e -> e.getKey().name()).findFirst().orElse("");
                columns.add(new Column(c, table.headings().get(c), samples, field));
            }
        }

        public String getName() { return table.name(); }
        public int getRowCount() { return table.rows().size(); }
        public List<SheetReader.Note> getNotes() { return table.notes(); }
        public List<Column> getColumns() { return columns; }

        /** The fields chosen, each with its column; the first field chosen twice, if any. */
        Map<ImportField, Integer> mapping(List<ImportField> twice) {
            Map<ImportField, Integer> mapping = new EnumMap<>(ImportField.class);
            for (Column column : columns) {
                if (!column.field.isEmpty()) {
                    ImportField field = ImportField.valueOf(column.field);
                    if (mapping.putIfAbsent(field, column.index) != null) {
                        twice.add(field);
                    }
                }
            }
            return mapping;
        }
    }

    @Inject
    jakarta.enterprise.inject.Instance<org.ektefaa.platform.api.AssociationProfile> profile;

    @Inject
    FileImports imports;

    @Inject
    Notices notices;

    @Inject
    ImportBatches batches;

    private long maxBytes;
    private String fileName;
    private String contentHash;
    private List<Sheet> sheets = List.of();
    private List<Person> people;
    private Map<Verdict, Long> counts;
    private String shown = "ALL";
    private boolean verifiedBefore;
    private Long batchId;
    private ImportBatch batch;
    private List<ImportBatch> recent;
    private ImportBatches.Undone undone;
    private List<ImportMapping> mappings = List.of();
    private String mappingName;
    private Long chosenMapping;

    @PostConstruct
    void start() {
        maxBytes = imports.maxBytes();
        recent = batches.recent();
    }

    /** Imports the people the dry run accepted, as a batch in the background; the page follows its progress. */
    public void importAccepted() {
        if (people == null) {
            return;
        }
        try {
            follow(batches.start(fileName, contentHash, people, verifiedBefore));
            notices.info("ben", "import.started", batchId);
            fileName = null;
            sheets = List.of();
            remap();
        } catch (RuleViolation refused) {
            notices.refused("ben", refused);
        }
    }

    /** Follows batch {@code id}'s progress. */
    public void follow(long id) {
        batchId = id;
        undone = null;
        refresh();
    }

    /** The batch followed, read again (the page polls it while it runs). */
    public void refresh() {
        if (batchId != null) {
            batch = batches.progress(batchId);
        }
        recent = batches.recent();
    }

    /** Undoes the batch followed: its files nobody worked on since are removed, the others listed. */
    public void undo() {
        try {
            undone = batches.undo(batchId);
            notices.info("ben", "import.undone", batchId, undone.removed(), undone.changedSince().size(),
                    undone.filled().size());
        } catch (RuleViolation refused) {
            notices.refused("ben", refused);
        }
        refresh();
    }

    /** Whether the batch followed may be undone now. */
    public boolean isUndoable() {
        return batch != null && batch.isUndoable(java.time.Instant.now());
    }

    public ImportBatches.Undone getUndone() {
        return undone;
    }

    /** Leaves the batch followed (it goes on) for another file. */
    public void leave() {
        batchId = null;
        batch = null;
        startOver();
        recent = batches.recent();
    }

    /** Whether the batch followed is still running (and not cut short by a restart). */
    public boolean isRunning() {
        return batch != null && batch.getStatus() == ImportBatch.Status.RUNNING && !cutShort(batch);
    }

    /** Whether {@code b} stopped with the server: importing the same file again resumes it. */
    public boolean cutShort(ImportBatch b) {
        return b.isCutShort(java.time.Instant.now());
    }

    /** The import button's words, with how many people it imports. */
    public String getImportLabel() {
        return notices.text("ben", "import.commit.button", getAccepted());
    }

    /** How many people the import would write: those the dry run accepted, less those left out. */
    public long getAccepted() {
        return people == null ? 0 : people.stream().filter(Person::isIncluded).count();
    }

    /** How many accepted people the administrator left out. */
    public long getLeftOut() {
        return counts == null ? 0 : counts.get(Verdict.CREATE) + counts.get(Verdict.UPDATE) - getAccepted();
    }

    /** Imports every accepted person shown (all, new files, or files to fill), or leaves them all out. */
    public void includeShown(boolean included) {
        getShownPeople().forEach(p -> p.setIncluded(included));
    }

    public void upload(FileUploadEvent event) {
        try {
            List<SheetReader.Table> tables = imports.read(event.getFile().getFileName(), event.getFile().getContent());
            fileName = event.getFile().getFileName();
            contentHash = sha256(event.getFile().getContent());
            sheets = tables.stream().filter(t -> !t.headings().isEmpty()).map(Sheet::new).toList();
            people = null;
            counts = null;
            mappings = imports.mappings();
            // the saved mapping that knows most of these headings (at least half of them) is applied
            ImportMapping best = null;
            long known = 0;
            long headings = sheets.stream().mapToLong(sh -> sh.columns.size()).sum();
            for (ImportMapping mapping : mappings) {
                Map<String, String> fields = mapping.fieldsByColumn();
                long matched = 0;
                for (int i = 0; i < sheets.size(); i++) {
                    final int sheet = i;
                    matched += sheets.get(i).columns.stream()
                            .filter(c -> fields.containsKey(FileImports.columnKey(sheet, c.heading))).count();
                }
                if (matched > known && matched * 2 >= headings) {
                    best = mapping;
                    known = matched;
                }
            }
            if (best != null) {
                notices.info("ben", "import.mapping.applied", best.getName(), apply(best), headings);
            }
        } catch (RuleViolation refused) {
            notices.refused("ben", refused);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Applies the saved mapping chosen in the menu. */
    public void applyChosen() {
        mappings.stream().filter(m -> m.getId().equals(chosenMapping)).findFirst().ifPresent(m -> notices.info("ben",
                "import.mapping.applied", m.getName(), apply(m), sheets.stream().mapToLong(sh -> sh.columns.size()).sum()));
        chosenMapping = null;
    }

    /** Applies {@code mapping} to the headings it knows; how many it knew. */
    private long apply(ImportMapping mapping) {
        mappingName = mapping.getName();
        Map<String, String> fields = mapping.fieldsByColumn();
        long known = 0;
        for (int i = 0; i < sheets.size(); i++) {
            for (Column column : sheets.get(i).columns) {
                // a heading the mapping does not know keeps the field proposed for it
                String field = fields.get(FileImports.columnKey(i, column.heading));
                if (field != null) {
                    column.setField(ImportMapping.LEFT_OUT.equals(field) ? "" : field);
                    known++;
                }
            }
        }
        return known;
    }

    /** The saved mapping of the name in the box (the one applied, or just saved), which may be deleted. */
    public ImportMapping getSavedMapping() {
        return mappings.stream().filter(m -> m.getName().equals(mappingName)).findFirst().orElse(null);
    }

    /** The question asked before the saved mapping named in the box is deleted. */
    public String getDeleteMappingQuestion() {
        return notices.text("ben", "import.mapping.deleteConfirm", mappingName);
    }

    /** Deletes the saved mapping named in the box; the columns keep their fields. */
    public void deleteMapping() {
        ImportMapping saved = getSavedMapping();
        if (saved != null) {
            imports.deleteMapping(saved.getId());
            notices.info("ben", "import.mapping.deleted", saved.getName());
            mappings = imports.mappings();
            mappingName = null;
        }
    }

    /** Saves the fields chosen for each heading under the name typed, for the next file. */
    public void saveMapping() {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            for (Column column : sheets.get(i).columns) {
                fields.put(FileImports.columnKey(i, column.heading), column.field);
            }
        }
        try {
            ImportMapping saved = imports.saveMapping(mappingName, fields);
            notices.info("ben", "import.mapping.saved", saved.getName());
            mappings = imports.mappings();
        } catch (RuleViolation refused) {
            notices.refused("ben", refused);
        }
    }

    /** The dry run of the mapping chosen: refused with a message when the mapping cannot give files. */
    public void check() {
        List<ImportCheck.Mapped> mapped = new ArrayList<>();
        boolean files = false;
        for (Sheet sheet : sheets) {
            List<ImportField> twice = new ArrayList<>();
            Map<ImportField, Integer> mapping = sheet.mapping(twice);
            if (mapping.isEmpty()) {
                continue; // a sheet left out
            }
            if (!twice.isEmpty()) {
                notices.error("ben", "import.error.twice", sheet.getName(), fieldLabel(twice.get(0).name()));
                return;
            }
            if (mapping.containsKey(ImportField.ID_NUMBER)) {
                files = true;
                if (!mapping.containsKey(ImportField.FULL_NAME) && !mapping.containsKey(ImportField.FIRST_NAME)) {
                    notices.error("ben", "import.error.noNameColumn", sheet.getName());
                    return;
                }
            } else if (!mapping.containsKey(ImportField.HEAD_ID_NUMBER)) {
                notices.error("ben", "import.error.sheetWithoutId", sheet.getName());
                return;
            }
            mapped.add(new ImportCheck.Mapped(sheet.table, mapping));
        }
        if (!files) {
            notices.error("ben", "import.error.noIdColumn");
            return;
        }
        people = imports.check(mapped);
        counts = ImportCheck.counts(people);
        shown = counts.get(Verdict.REFUSED) > 0 ? Verdict.REFUSED.name() : "ALL";
    }

    /** Back to the mapping (the file stays). */
    public void remap() {
        people = null;
        counts = null;
    }

    /** Another file. */
    public void startOver() {
        fileName = null;
        sheets = List.of();
        remap();
    }

    /** The dry run as a workbook, in the administrator's language. */
    public void report() throws IOException {
        if (people == null) {
            return;
        }
        Locale locale = Faces.getLocale();
        // the digits the association writes Arabic with, as its pages show them (a message's line number included)
        org.ektefaa.platform.api.saudi.DigitStyle digits = "ar".equals(locale.getLanguage())
                ? profile.get().arabicDigits() : org.ektefaa.platform.api.saudi.DigitStyle.LATIN;
        byte[] workbook = imports.report(people, locale, key -> digits.shape(notices.text("ben", key)),
                problem -> digits.shape(text(problem)));
        Faces.sendFile(workbook, "import-check.xlsx", true);
    }

    /** A problem's words. */
    public String text(ImportCheck.Problem problem) {
        return notices.text("ben", problem.messageKey(), problem.arguments().toArray());
    }

    /** A sheet note's words. */
    public String note(SheetReader.Note note) {
        return notices.text("ben", note.key(), note.argument());
    }

    public String fieldLabel(String field) {
        return notices.text("ben", "import.field." + field);
    }

    /** The person's lines, as "2, 3", another sheet's with its name ("2, 3 · الأفراد: 5"). */
    public String lines(Person person) {
        // the Arabic comma between line numbers in Arabic
        return "ar".equals(Faces.getLocale().getLanguage()) ? person.where().replace(", ", "، ") : person.where();
    }

    /** Why a kept file may be this person, in words. */
    public String reasons(Person person, Long other) {
        return person.alike().getOrDefault(other, Set.of()).stream()
                .map(r -> notices.text("ben", "duplicate.reason." + r.name()))
                .collect(java.util.stream.Collectors.joining(notices.text("ben", "import.separator")));
    }

    /** The words a screen reader says for a person's "import" tick box. */
    public String includeLabel(Person person) {
        return notices.text("ben", "import.include.person", nameOf(person));
    }

    public String nameOf(Person person) {
        return FileImports.nameOf(person);
    }

    /** The people shown: all, or those of one outcome. */
    public List<Person> getShownPeople() {
        if (people == null) {
            return List.of();
        }
        return "ALL".equals(shown) ? people : people.stream().filter(p -> p.verdict().name().equals(shown)).toList();
    }

    public List<String> getFields() {
        return EnumSet.allOf(ImportField.class).stream().map(Enum::name).toList();
    }

    public Set<Verdict> getVerdicts() {
        return EnumSet.allOf(Verdict.class);
    }

    public boolean isChecked() { return people != null; }
    public boolean isVerifiedBefore() { return verifiedBefore; }
    public List<ImportMapping> getMappings() { return mappings; }
    public String getMappingName() { return mappingName; }
    public void setMappingName(String mappingName) { this.mappingName = mappingName; }
    public Long getChosenMapping() { return chosenMapping; }
    public void setChosenMapping(Long chosenMapping) { this.chosenMapping = chosenMapping; }
    public void setVerifiedBefore(boolean verifiedBefore) { this.verifiedBefore = verifiedBefore; }
    public Long getBatchId() { return batchId; }
    public ImportBatch getBatch() { return batch; }
    public List<ImportBatch> getRecent() { return recent; }
    public Map<Verdict, Long> getCounts() { return counts; }
    public long getMaxBytes() { return maxBytes; }
    public long getMaxMegabytes() { return maxBytes / (1024 * 1024); }
    public String getFileName() { return fileName; }
    public List<Sheet> getSheets() { return sheets; }
    public String getShown() { return shown; }
    public void setShown(String shown) { this.shown = shown == null ? "ALL" : shown; }
}
