package org.ektefaa.beneficiaries.web;

import org.ektefaa.platform.api.protect.PersonalData;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ektefaa.beneficiaries.boundary.BeneficiaryFiles;
import org.ektefaa.beneficiaries.boundary.FileDocuments;
import org.ektefaa.beneficiaries.boundary.Disclosures;
import org.ektefaa.beneficiaries.boundary.Duplicates;
import org.ektefaa.beneficiaries.boundary.Categories;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.DocumentType;
import org.ektefaa.beneficiaries.entity.Enums.SignatureMethod;
import org.ektefaa.beneficiaries.entity.FileDocument;
import org.ektefaa.beneficiaries.entity.FileStatus;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.SaudiIbans;
import org.ektefaa.platform.api.web.Notices;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /beneficiaries/file.xhtml?id=}: the file with its tabs (personal, household, income, documents,
 * verification, declaration, history). Opening it is written to the access log; so is revealing the full
 * identity number or IBAN.
 */
@Named
@ViewScoped
public class FileView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    BeneficiaryFiles files;

    @Inject
    FileDocuments fileDocuments;

    @Inject
    Disclosures disclosures;

    @Inject
    Duplicates duplicateFiles;

    @Inject
    Categories categories;

    private long id;
    private Beneficiary file;
    private List<String> missing;
    private List<String> items;
    private List<FileDocument> documents;
    private List<Duplicates.Warning> duplicates;
    private List<Duplicates.Merged> mergedHere;
    /** Why the officer finds a candidate is not the same person, per pair (needed on a strong pair). */
    private final Map<Long, String> duplicateNotes = new java.util.HashMap<>();
    private List<org.ektefaa.beneficiaries.entity.FileAccess> accessLog;
    private Map<String, DocumentType> documentTypes;
    private Map<String, Category> categoryByCode;
    private String revealedId;
    private String revealedIban;
    private String documentType;
    /** Why a document is added to a signed file past the reception (a recorded correction). */
    private String documentReason;
    private boolean consent;
    private String consentPurpose;
    private SignatureMethod signatureMethod = SignatureMethod.DRAWN;
    private String typedName;
    private String drawing;
    private String statusReason;
    /** The open tab, kept across the page's own updates. */
    private int activeTab;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param == null || !param.matches("\\d{1,18}")) {
            return; // found() answers "page not found"
        }
        id = Long.parseLong(param);
        documentTypes = categories.documentTypes().stream().collect(Collectors.toMap(DocumentType::getCode, Function.identity()));
        categoryByCode = categories.all().stream().collect(Collectors.toMap(Category::getCode, Function.identity()));
        try {
            refresh();
        } catch (RuleViolation missing) {
            file = null;
        }
    }

    /** {@code f:viewAction}: an address that names no file answers "page not found", as any unknown address does. */
    public void found() {
        if (file == null) {
            org.omnifaces.util.Faces.responseSendError(404, null);
        }
    }

    private void refresh() {
        file = files.read(id);
        missing = files.missing(file);
        items = new ArrayList<>(files.itemsToVerify(file));
        documents = fileDocuments.documents(id);
        duplicates = duplicateFiles.openFor(id);
        mergedHere = duplicateFiles.mergedInto(id);
        accessLog = disclosures.accessLog(id);
        consent = file.hasConsent();
    }

    public void toggle(String item) {
        act(() -> files.verify(id, file.getVersion(), item, !file.isVerified(item)), null);
    }

    public void recordConsent() {
        act(() -> files.recordConsent(id, file.getVersion(), consentPurpose), "declaration.consentRecorded");
    }

    public void sign() {
        act(() -> files.sign(id, file.getVersion(), signatureMethod, typedName, drawing), "declaration.signed");
    }

    public void submit() {
        try {
            List<String> gaps = files.submit(id, file.getVersion());
            if (gaps.isEmpty()) {
                notices.info("ben", "file.submitted");
                if (duplicateFiles.openFor(id).stream().anyMatch(Duplicates.Warning::strong)) {
                    // the executive will weigh it before deciding: said now, not found later (issue #24's walk)
                    notices.warn("ben", "file.submittedWithDuplicate");
                }
            } else {
                notices.warn("ben", "file.incomplete", gaps.size());
            }
        } catch (RuleViolation violation) {
            notices.refused("ben", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        refresh();
    }

    public void changeStatus(FileStatus to) {
        act(() -> files.changeStatus(id, file.getVersion(), to, statusReason), "file.statusChanged");
    }

    public void upload(FileUploadEvent event) {
        if (documentType == null) {
            notices.error("ben", "document.error.kind");
            return;
        }
        act(() -> fileDocuments.attach(id, documentType, event.getFile().getContent(), event.getFile().getFileName(),
                documentReason), "document.uploaded");
        documentReason = null;
    }

    /** Everything held about the person, as JSON (PDPL right of access); written to the access log. */
    public void export() throws java.io.IOException {
        byte[] json = disclosures.export(id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.omnifaces.util.Faces.sendFile(json, "beneficiary-" + id + ".json", true);
    }

    /** One of this file's documents; written to the access log. */
    public void download(long documentId) throws java.io.IOException {
        FileDocument document = getDocuments().stream().filter(d -> d.getId() == documentId).findFirst().orElse(null);
        if (document == null) { // not one of this file's: a forged post
            org.omnifaces.util.Faces.responseSendError(404, "");
            return;
        }
        String extension = document.getContentType().substring(document.getContentType().indexOf('/') + 1);
        org.omnifaces.util.Faces.sendFile(fileDocuments.documentContent(documentId),
                "document-" + documentId + "." + ("jpeg".equals(extension) ? "jpg" : extension), true);
    }

    public String getDocumentReason() {
        return documentReason;
    }

    public void setDocumentReason(String documentReason) {
        this.documentReason = documentReason;
    }

    public void revealId() {
        revealedId = disclosures.revealIdentity(id);
    }

    public void revealIban() {
        revealedIban = disclosures.revealIban(id);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            if (doneKey != null) {
                notices.info("ben", doneKey);
            }
        } catch (RuleViolation violation) {
            notices.refused("ben", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        } catch (jakarta.validation.ConstraintViolationException missing) {
            // a required value the page let through empty: said as such, never an error page
            notices.error("plt", "error.required");
        }
        refresh();
    }

    public String label(String gap) {
        if (gap.startsWith("document.")) {
            return notices.text("ben", "missing.document", documentName(gap.substring("document.".length())));
        }
        if (gap.startsWith("verify.DOC_")) {
            return notices.text("ben", "missing.verify", documentName(gap.substring("verify.DOC_".length())));
        }
        if (gap.startsWith("verify.")) {
            return notices.text("ben", "missing.verify", notices.text("ben", "item." + gap.substring("verify.".length())));
        }
        return notices.text("ben", "missing." + gap);
    }

    /**
     * A history entry's note in words (issue #22): the channel a file was opened on, the item verified, the document
     * added by their names, never their codes; any other note (a reason typed by staff) as it was written, its
     * references kept in order.
     */
    public String historyNote(org.ektefaa.beneficiaries.entity.FileEvent event) {
        String note = event.getNote();
        if (note == null || note.isBlank()) {
            return "";
        }
        return switch (event.getKind()) {
            case CREATED -> java.util.Arrays.stream(org.ektefaa.platform.api.ContactChannel.values())
                    .anyMatch(c -> c.name().equals(note)) ? notices.text("plt", "ContactChannel." + note) : note;
            case VERIFIED, UNVERIFIED -> itemLabel(note);
            case DOCUMENT -> documentName(note);
            case IMPORTED -> notices.text("ben", "import.batchNumber", note);
            case SIGNED -> signedNote(note);
            // the other file of a merge: its beneficiary number, or "#id" for one not registered (issue #24's walk)
            case MERGED, MERGED_IN, UNMERGED -> otherFile(note);
            // "not the same person as" the other file, then how staff knew (issue #24's walk: not seen afterwards)
            case NOT_SAME -> note.contains(" ")
                    ? otherFile(note.substring(0, note.indexOf(' '))) + " — "
                            + org.ektefaa.platform.api.saudi.Bidi.isolateRuns(note.substring(note.indexOf(' ') + 1))
                    : otherFile(note);
            default -> org.ektefaa.platform.api.saudi.Bidi.isolateRuns(note);
        };
    }

    private String otherFile(String reference) {
        return reference.startsWith("#")
                ? notices.text("ben", "history.unnumberedFile",
                        org.ektefaa.platform.api.saudi.Bidi.isolateRuns(reference.substring(1)))
                : org.ektefaa.platform.api.saudi.Bidi.isolateRuns(reference);
    }

    /** "DECL-1 TYPED" read as the way it was signed, then the declaration's version. */
    private String signedNote(String note) {
        String[] parts = note.split(" ", 2);
        boolean known = parts.length == 2 && java.util.Arrays.stream(SignatureMethod.values())
                .anyMatch(m -> m.name().equals(parts[1]));
        return known ? notices.text("ben", "history.signedWith", notices.text("ben", "SignatureMethod." + parts[1]),
                org.ektefaa.platform.api.saudi.Bidi.isolateRuns(parts[0])) : org.ektefaa.platform.api.saudi.Bidi.isolateRuns(note);
    }

    public String itemLabel(String item) {
        return item.startsWith("DOC_") ? documentName(item.substring(4)) : notices.text("ben", "item." + item);
    }

    public String documentName(String code) {
        DocumentType type = documentTypes.get(code);
        return type == null ? code : type.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String categoryName() {
        Category category = file.getCategoryCode() == null ? null : categoryByCode.get(file.getCategoryCode());
        return category == null ? "" : category.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The nationality by its country's name in the page's language ("SA" reads "المملكة العربية السعودية" / "Saudi Arabia"). */
    public String nationalityName() {
        return nationalities.name(file.getNationality());
    }

    @Inject
    Nationalities nationalities;

    public String getMaskedId() {
        return PersonalData.masked(file.getIdNumber());
    }

    public String getMaskedIban() {
        return file.getIban() == null ? "" : PersonalData.masked(SaudiIbans.normalise(file.getIban()));
    }

    public boolean isEditable() {
        return file.getStatus().isOpenForEditing();
    }

    public List<DocumentType> getDocumentTypes() {
        return documentTypes.values().stream().sorted((a, b) -> a.getCode().compareTo(b.getCode())).toList();
    }

    public Beneficiary getFile() {
        return file;
    }

    public List<String> getMissing() {
        return missing;
    }

    public List<String> getItems() {
        return items;
    }

    public List<FileDocument> getDocuments() {
        return documents;
    }

    /** Who opened, revealed or exported this file (the last 200). */
    public List<org.ektefaa.beneficiaries.entity.FileAccess> getAccessLog() {
        return accessLog;
    }

    /** The other files that may be this person, not yet resolved, the strongest first (issue #24). */
    public List<Duplicates.Warning> getDuplicates() {
        return duplicates;
    }

    /**
     * The officer finds the candidate is another person: remembered, in both histories, audited. Done, the page is
     * opened again at its top, where the message is (issue #24's walk: messages out of view).
     */
    public void notTheSame(Duplicates.Warning warning) {
        if (actAndReopen(() -> duplicateFiles.notTheSame(warning.id(), warning.version(),
                duplicateNotes.get(warning.id())), "duplicate.notSame")) {
            duplicateNotes.remove(warning.id());
        }
    }

    /**
     * The executive finds the candidate is this same person: it is merged into this file (issue #24). The page opens
     * again with the requests that came with it.
     */
    public void mergeHere(Duplicates.Warning warning) {
        actAndReopen(() -> duplicateFiles.merge(warning.id(), warning.version(), id), "duplicate.merged");
    }

    /** Done, the page is opened afresh (its top and every tab, the requests another module shows, read again). */
    private boolean actAndReopen(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            notices.refused("ben", violation);
            refresh();
            return false;
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
            refresh();
            return false;
        } catch (jakarta.validation.ConstraintViolationException missing) {
            notices.error("plt", "error.required");
            refresh();
            return false;
        }
        notices.info("ben", doneKey);
        notices.keepForRedirect();
        org.omnifaces.util.Faces.redirect("beneficiaries/file.xhtml?id=" + id);
        return true;
    }

    /** One line of the two files side by side: what, this file's, the other's, whether they agree. */
    public record Line(String label, String mine, String theirs, boolean same, boolean leftToRight)
            implements Serializable {
    }

    /**
     * This file and the candidate's side by side (issue #24's walk): what tells two people apart. The identity numbers
     * and IBANs show their last four digits, and read as the same only when the pair was found by them.
     */
    public List<Line> compare(Duplicates.Warning warning) {
        Duplicates.Facts mine = Duplicates.Facts.of(file);
        Duplicates.Facts theirs = warning.facts();
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<Line> lines = new ArrayList<>();
        // the status and when a file was opened tell nothing of who the person is: never marked as agreeing
        lines.add(new Line(notices.text("ben", "file.status"), statusName(mine.status()), statusName(theirs.status()),
                false, false));
        lines.add(line("file.number", mine.beneficiaryNumber(), theirs.beneficiaryNumber(), true));
        lines.add(new Line(notices.text("ben", "field.idNumber"), nonNull(mine.maskedId()), nonNull(theirs.maskedId()),
                warning.reasons().contains(org.ektefaa.beneficiaries.entity.DuplicateCandidate.Reason.IDENTITY)
                        && java.util.Objects.equals(mine.maskedId(), theirs.maskedId()), true));
        lines.add(line("field.birthDate", birth(mine, locale), birth(theirs, locale), false));
        lines.add(line("field.gender", mine.gender() == null ? "" : notices.text("ben", "Gender." + mine.gender()),
                theirs.gender() == null ? "" : notices.text("ben", "Gender." + theirs.gender()), false));
        lines.add(line("field.nationality", nationalities.name(mine.nationality()),
                nationalities.name(theirs.nationality()), false));
        lines.add(line("field.mobile", mine.mobile(), theirs.mobile(), true));
        lines.add(line("field.city", place(mine), place(theirs), false));
        lines.add(line("file.category", categoryName(mine.categoryCode(), locale),
                categoryName(theirs.categoryCode(), locale), false));
        lines.add(line("file.household", String.valueOf(mine.householdSize()), String.valueOf(theirs.householdSize()),
                false));
        lines.add(new Line(notices.text("ben", "field.iban"), nonNull(mine.maskedIban()), nonNull(theirs.maskedIban()),
                warning.reasons().contains(org.ektefaa.beneficiaries.entity.DuplicateCandidate.Reason.IBAN)
                        && mine.maskedIban() != null && mine.maskedIban().equals(theirs.maskedIban()), true));
        lines.add(new Line(notices.text("ben", "duplicate.compare.opened"), opened(mine), opened(theirs), false, false));
        return lines;
    }

    private Line line(String labelKey, String mine, String theirs, boolean leftToRight) {
        String a = nonNull(mine);
        String b = nonNull(theirs);
        return new Line(notices.text("ben", labelKey), a, b, !a.isBlank() && a.equals(b), leftToRight);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private String statusName(FileStatus status) {
        return notices.text("ben", "FileStatus." + status);
    }

    private static String birth(Duplicates.Facts facts, java.util.Locale locale) {
        return facts.birthDate() == null ? "" : org.ektefaa.platform.api.saudi.HijriDates.both(facts.birthDate(), locale);
    }

    private static String place(Duplicates.Facts facts) {
        return (nonNull(facts.city()) + " " + nonNull(facts.district())).strip();
    }

    private String categoryName(String code, java.util.Locale locale) {
        Category category = code == null ? null : categoryByCode.get(code);
        return category == null ? "" : category.name(locale);
    }

    private String opened(Duplicates.Facts facts) {
        if (facts.createdAt() == null) {
            return "";
        }
        java.time.ZoneId zone = zone();
        String day = org.ektefaa.platform.api.saudi.HijriDates.both(facts.createdAt().atZone(zone).toLocalDate(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return facts.channel() == null ? day
                : day + " · " + notices.text("plt", "ContactChannel." + facts.channel());
    }

    /** "Approved request … despite this, on …": the tracking number kept in order inside Arabic. */
    public String overridden(Duplicates.Warning warning) {
        java.time.ZoneId zone = zone();
        return warning.overriddenFor() == null ? "" : notices.text("ben", "duplicate.overridden",
                warning.overriddenFor(), org.ektefaa.platform.api.saudi.HijriDates.moment(warning.overriddenAt(), zone,
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    /** The association's time zone (the days and moments the page shows). */
    private static java.time.ZoneId zone() {
        return java.time.ZoneId.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("ektefaa.time-zone", String.class).orElse("Asia/Riyadh"));
    }

    /** The merge's confirmation names both files: which one stays, which one leaves the search (walk, 10). */
    public String mergeConfirmation(Duplicates.Warning warning) {
        return notices.text("ben", "duplicate.merge.confirmNamed", named(warning.other().fullName(),
                warning.other().beneficiaryNumber()), named(file.getName().full(), file.getBeneficiaryNumber()));
    }

    /** The undo's confirmation names the file that comes back (walk, 14). */
    public String undoConfirmation(String mergedName, String mergedNumber) {
        return notices.text("ben", "duplicate.undo.confirm", named(mergedName, mergedNumber));
    }

    private static String named(String name, String number) {
        // a number inside Arabic text keeps its order: isolated (the confirmation is plain text, not markup)
        return number == null ? name : name + " (" + org.ektefaa.platform.api.saudi.Bidi.isolateRuns(number) + ")";
    }

    /**
     * Whether this file may be the one kept when merged with {@code warning}'s: it has gone as far as the other (a
     * registered person's file is never merged into a draft; the other file's page offers the merge then).
     */
    public boolean canKeep(Duplicates.Warning warning) {
        return file != null && file.getStatus().standing() >= warning.other().status().standing();
    }

    /** Undoes the merge of this file into another (within 30 days); the page opens again, its requests back. */
    public void undoMerge() {
        actAndReopen(() -> duplicateFiles.undoMerge(id), "duplicate.unmerged");
    }

    /** Undoes the merge of {@code merged} into this file (within 30 days); the page opens again. */
    public void undoMerge(Duplicates.Merged merged) {
        actAndReopen(() -> duplicateFiles.undoMerge(merged.file().id()), "duplicate.unmerged");
    }

    /** The files merged into this one. */
    public List<Duplicates.Merged> getMergedHere() {
        return mergedHere;
    }

    /** Whether this file's merge into another can still be undone. */
    public boolean isMergeUndoable() {
        return file.canUndoMerge(java.time.Instant.now());
    }

    /** Why a candidate is shown: its reasons in words, the strongest first. */
    public String reasons(Duplicates.Warning warning) {
        return reasonWords(notices, warning.reasons());
    }

    /** Why two files may be one person, in words, the weightiest reason first (the file page and the list). */
    static String reasonWords(Notices notices, java.util.Set<org.ektefaa.beneficiaries.entity.DuplicateCandidate.Reason> reasons) {
        return String.join(" · ", reasons.stream()
                .sorted(java.util.Comparator.comparingInt(org.ektefaa.beneficiaries.entity.DuplicateCandidate.Reason::weight)
                        .reversed())
                .map(r -> notices.text("ben", "duplicate.reason." + r.name())).toList());
    }

    /** The notes typed beside each pair's "not the same person", by the pair's id. */
    public Map<Long, String> getDuplicateNotes() {
        return duplicateNotes;
    }

    public String getRevealedId() {
        return revealedId;
    }

    public String getRevealedIban() {
        return revealedIban;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public boolean isConsent() {
        return consent;
    }

    public String getConsentPurpose() {
        // the association's usual purpose written in, for the officer to keep or change (an empty box was refused)
        return consentPurpose == null ? notices.text("ben", "declaration.consentDefault") : consentPurpose;
    }

    public void setConsentPurpose(String consentPurpose) {
        this.consentPurpose = consentPurpose;
    }

    public SignatureMethod getSignatureMethod() {
        return signatureMethod;
    }

    public void setSignatureMethod(SignatureMethod signatureMethod) {
        this.signatureMethod = signatureMethod;
    }

    public SignatureMethod[] getSignatureMethods() {
        return SignatureMethod.values();
    }

    public String getTypedName() {
        return typedName;
    }

    public void setTypedName(String typedName) {
        this.typedName = typedName;
    }

    public String getDrawing() {
        return drawing;
    }

    public void setDrawing(String drawing) {
        this.drawing = drawing;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }
}
