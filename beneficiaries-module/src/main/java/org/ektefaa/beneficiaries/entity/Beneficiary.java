package org.ektefaa.beneficiaries.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.beneficiaries.entity.Enums.Gender;
import org.ektefaa.beneficiaries.entity.Enums.Housing;
import org.ektefaa.beneficiaries.entity.Enums.IdType;
import org.ektefaa.beneficiaries.entity.Enums.MaritalStatus;
import org.ektefaa.beneficiaries.entity.Enums.SignatureMethod;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.StatusMoves;
import org.ektefaa.platform.api.protect.Encrypted;

/**
 * The file of a person the association serves (the applicant heading a household). Its rules: data is
 * edited freely until the applicant signs; after that only through a recorded correction; a file is
 * submitted only when nothing is missing (policy §5.2–§5.3); the executive's decision registers it with a
 * beneficiary number or records the refusal (§5.4–§5.5).
 */
@Entity
@Table(name = "ben_beneficiary")
public class Beneficiary implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_number", unique = true)
    private String beneficiaryNumber;

    @Valid
    @Embedded
    private PersonName name;

    @Size(max = 200)
    @Column(name = "name_en")
    private String nameEn;

    /** The full Arabic name, normalised for search (see {@code ArabicText}). */
    @Column(name = "search_name", nullable = false)
    private String searchName;

    /**
     * The keys its names are found by (issue #24: {@code NameKeys}), kept with every change of its names; the marker
     * {@link #KEYED} makes a file without a name keyed too.
     */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "ben_name_key", joinColumns = @JoinColumn(name = "beneficiary_id"))
    @Column(name = "name_key")
    private java.util.Set<String> nameKeys = new java.util.HashSet<>();

    /** Which version of the keys this file has ({@link #NAME_KEYS_VERSION}); 0 for a file kept before they existed. */
    @Column(name = "name_keys_version", nullable = false)
    private short nameKeysVersion;

    /** The file this one was merged into (issue #24), and when: out of the search until the merge is undone. */
    @Column(name = "merged_into")
    private Long mergedInto;

    @Column(name = "merged_at")
    private Instant mergedAt;

    /** How long a merge can be undone. */
    public static final java.time.Duration UNDO_MERGE = java.time.Duration.ofDays(30);

    /** The version of {@code NameKeys} the files are keyed with; raising it has every file keyed again. */
    public static final short NAME_KEYS_VERSION = 4;

    /** The key every keyed file has. */
    public static final String KEYED = "#";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false)
    private IdType idType;

    @Convert(converter = Encrypted.class)
    @Column(name = "id_number_enc", nullable = false)
    private String idNumber;

    /** Keyed hash of the normalised identity number: lookups and uniqueness without decrypting. */
    @Column(name = "id_number_hash", nullable = false, unique = true)
    private String idNumberHash;

    /** Last four characters of the identity number, for masked display and search by a fragment. */
    @Column(name = "id_last4", nullable = false)
    private String idLastFour;

    @Column(name = "id_expiry")
    private LocalDate idExpiry;

    @Size(max = 60)
    private String nationality;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status")
    private MaritalStatus maritalStatus;

    /** E.164. */
    @Column(name = "mobile")
    private String mobile;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 80)
    private String city;

    @Size(max = 80)
    private String district;

    @Size(max = 300)
    private String address;

    @Column(name = "category_code")
    private String categoryCode;

    @Enumerated(EnumType.STRING)
    private Housing housing;

    @Column(name = "monthly_rent", precision = 12, scale = 2)
    private BigDecimal monthlyRent;

    @Convert(converter = Encrypted.class)
    @Column(name = "iban_enc")
    private String iban;

    /** Keyed hash of the normalised IBAN: files sharing an account are found without decrypting. */
    @Column(name = "iban_hash")
    private String ibanHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FileStatus status = FileStatus.DRAFT;

    @Column(name = "consent_purpose", length = 300)
    private String consentPurpose;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "declaration_version")
    private String declarationVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_method")
    private SignatureMethod signatureMethod;

    @Column(name = "signed_name")
    private String signedName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_drawing")
    private String signatureDrawing;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signature_witness")
    private String signatureWitness;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    /** The import batch that made this file (issue #25), if one did. */
    @Column(name = "import_batch")
    private Long importBatch;

    /** Whether the association had verified this person before the file was imported (recorded by the administrator). */
    @Column(name = "verified_before", nullable = false)
    private boolean verifiedBefore;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "beneficiary_id")
    @OrderBy("id")
    private List<HouseholdMember> household = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "beneficiary_id")
    @OrderBy("id")
    private List<IncomeSource> incomes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "beneficiary_id")
    @OrderBy("verifiedAt")
    private List<Verification> verifications = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "beneficiary_id")
    @OrderBy("occurredAt DESC, id DESC")
    private List<FileEvent> history = new ArrayList<>();

    /** Moves not yet added to the status counters (FileCounts). */
    @Transient
    private final StatusMoves<FileStatus> moves = new StatusMoves<>(FileStatus.class);

    protected Beneficiary() {
    }

    public Beneficiary(ContactChannel channel, String createdBy, Instant at) {
        this.channel = channel;
        this.createdBy = createdBy;
        this.createdAt = at;
        history.add(new FileEvent(FileEvent.Kind.CREATED, FileStatus.DRAFT, createdBy, at, channel.name()));
        moves.moved(null, FileStatus.DRAFT);
    }

    /**
     * Made by import batch {@code batch} (issue #25): noted in the history. A file the association had verified
     * before says so; either way the policy's verification and signature (§5.2–5.3) are asked for as for any file
     * before it is submitted for a decision.
     */
    public void imported(long batch, boolean verifiedBefore, String by, Instant at) {
        this.importBatch = batch;
        this.verifiedBefore = verifiedBefore;
        history.add(new FileEvent(FileEvent.Kind.IMPORTED, null, by, at, String.valueOf(batch)));
    }

    /** Filled by import batch {@code batch}: noted in the history. */
    public void filledByImport(long batch, String by, Instant at) {
        history.add(new FileEvent(FileEvent.Kind.IMPORTED, null, by, at, String.valueOf(batch)));
    }

    public Long getImportBatch() {
        return importBatch;
    }

    public boolean isVerifiedBefore() {
        return verifiedBefore;
    }

    /** The status moves since the last call, for the counters; none are pending afterwards. */
    public Map<FileStatus, Long> uncountedMoves() {
        return moves.drain();
    }

    /** A status move that never reached the counters is a mistake of the boundary: refused before it is written. */
    @PreUpdate
    void refuseUncountedMoves() {
        if (moves.pending()) {
            throw new IllegalStateException("file " + id + " changed status without FileCounts.count");
        }
    }

    /** Sets the identity document. {@code hash} and {@code lastFour} come from the normalised number. */
    public void identify(IdType type, String number, String hash, String lastFour, LocalDate expiry) {
        this.idType = type;
        this.idNumber = number;
        this.idNumberHash = hash;
        this.idLastFour = lastFour;
        this.idExpiry = expiry;
    }

    /** Replaces the personal data. After the applicant signed, only as a correction with a reason. */
    public void describe(Details details, String correctionReason, String by, Instant at) {
        if (!isSigned() || status.isOpenForEditing()) {
            apply(details);
            return;
        }
        if (correctionReason == null || correctionReason.isBlank()) {
            throw new RuleViolation("file.error.correctionReason");
        }
        apply(details);
        history.add(new FileEvent(FileEvent.Kind.CORRECTION, null, by, at, correctionReason.trim()));
    }

    private void apply(Details d) {
        this.name = d.name();
        this.nameEn = blankToNull(d.nameEn());
        this.searchName = d.searchName();
        rekey();
        this.nationality = blankToNull(d.nationality());
        this.gender = d.gender();
        this.birthDate = d.birthDate();
        this.maritalStatus = d.maritalStatus();
        this.mobile = d.mobile();
        this.email = blankToNull(d.email());
        this.city = blankToNull(d.city());
        this.district = blankToNull(d.district());
        this.address = blankToNull(d.address());
        this.categoryCode = blankToNull(d.categoryCode());
        this.housing = d.housing();
        this.monthlyRent = d.monthlyRent();
        this.iban = blankToNull(d.iban());
        this.ibanHash = d.ibanHash();
        this.household.clear();
        this.household.addAll(d.household());
        this.incomes.clear();
        this.incomes.addAll(d.incomes());
    }

    /** The applicant agreed to the processing of their data for {@code purpose} (PDPL). */
    public void consent(String purpose, String recordedBy, Instant at) {
        this.consentPurpose = purpose;
        this.consentAt = at;
        history.add(new FileEvent(FileEvent.Kind.CONSENT, null, recordedBy, at, purpose));
    }

    /** The employee checked {@code itemCode} against the original. */
    public void verify(String itemCode, String by, Instant at) {
        if (isVerified(itemCode)) {
            return;
        }
        verifications.add(new Verification(itemCode, by, at));
        history.add(new FileEvent(FileEvent.Kind.VERIFIED, null, by, at, itemCode));
    }

    public void unverify(String itemCode, String by, Instant at) {
        if (verifications.removeIf(v -> v.getItemCode().equals(itemCode))) {
            history.add(new FileEvent(FileEvent.Kind.UNVERIFIED, null, by, at, itemCode));
        }
    }

    /** The applicant signs the declaration (policy §5.3), witnessed by the employee. */
    public void sign(String declarationVersion, SignatureMethod method, String typedName, String drawing,
                     String witness, Instant at) {
        if (!status.isOpenForEditing()) {
            throw new RuleViolation("file.error.notEditable");
        }
        if (method == SignatureMethod.TYPED && (typedName == null || typedName.isBlank())) {
            throw new RuleViolation("declaration.error.typedName");
        }
        if (method == SignatureMethod.DRAWN && (drawing == null || drawing.isBlank())) {
            throw new RuleViolation("declaration.error.drawing");
        }
        // The drawing first: it is fetched lazily, and touching it loads the rest of the row, which would
        // overwrite values assigned before it (the container test checks the stored columns).
        this.signatureDrawing = method == SignatureMethod.DRAWN ? drawing : null;
        this.declarationVersion = declarationVersion;
        this.signatureMethod = method;
        this.signedName = method == SignatureMethod.TYPED ? typedName.trim() : null;
        this.signedAt = at;
        this.signatureWitness = witness;
        history.add(new FileEvent(FileEvent.Kind.SIGNED, null, witness, at, declarationVersion + " " + method));
    }

    /**
     * Submits the file for decision if {@code missing} is empty; otherwise marks it incomplete. Returns
     * whether it was submitted.
     */
    public boolean submit(Collection<String> missing, String by, Instant at) {
        if (!status.isOpenForEditing()) {
            throw new RuleViolation("file.error.notEditable");
        }
        if (!missing.isEmpty()) {
            moveTo(FileStatus.INCOMPLETE, by, at, String.join(", ", missing));
            return false;
        }
        moveTo(FileStatus.SUBMITTED, by, at, null);
        return true;
    }

    public void underDecision(String trackingNumber, Instant at) {
        if (status == FileStatus.SUBMITTED) {
            moveTo(FileStatus.UNDER_DECISION, "system", at, trackingNumber);
        }
    }

    /** The executive's decision (policy §5.4): registered with a number, or refused with the reason. */
    public void decide(boolean approved, String reason, String number, String by, Instant at) {
        if (status != FileStatus.SUBMITTED && status != FileStatus.UNDER_DECISION) {
            throw new RuleViolation("file.error.notAwaitingDecision");
        }
        this.decisionReason = reason;
        if (approved) {
            this.beneficiaryNumber = number;
            moveTo(FileStatus.REGISTERED, by, at, reason);
        } else {
            moveTo(FileStatus.REJECTED, by, at, reason);
        }
    }

    /** Suspends, reinstates or closes a registered file, with the reason. */
    public void changeStatus(FileStatus to, String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("file.error.reasonRequired");
        }
        moveTo(to, by, at, reason.trim());
    }

    private void moveTo(FileStatus to, String by, Instant at, String note) {
        if (to != status && !status.next().contains(to)) {
            throw new RuleViolation("file.error.transition", status.name(), to.name());
        }
        moves.moved(status, to);
        this.status = to;
        history.add(new FileEvent(FileEvent.Kind.STATUS, to, by, at, note));
    }

    /**
     * A document joins the file. Once the applicant has signed and the file has left the reception's hands (the
     * executive's decision, registration), it changes what was signed: only as a recorded correction with a reason.
     */
    public void recordDocument(String documentType, String correctionReason, String by, Instant at) {
        if (isSigned() && !status.isOpenForEditing()) {
            if (correctionReason == null || correctionReason.isBlank()) {
                throw new RuleViolation("file.error.correctionReason");
            }
            history.add(new FileEvent(FileEvent.Kind.CORRECTION, null, by, at,
                    documentType + ": " + correctionReason.trim()));
        }
        history.add(new FileEvent(FileEvent.Kind.DOCUMENT, null, by, at, documentType));
    }

    /** Whether a change to the file must be a recorded correction (signed, and past the reception). */
    public boolean needsCorrectionReason() {
        return isSigned() && !status.isOpenForEditing();
    }

    public boolean isVerified(String itemCode) {
        return verifications.stream().anyMatch(v -> v.getItemCode().equals(itemCode));
    }

    public Optional<Verification> verification(String itemCode) {
        return verifications.stream().filter(v -> v.getItemCode().equals(itemCode)).findFirst();
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public boolean hasConsent() {
        return consentAt != null;
    }

    public BigDecimal monthlyIncome() {
        return incomes.stream().map(IncomeSource::getMonthlyAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The editable personal data of a file, as one value. */
    public record Details(PersonName name, String nameEn, String searchName, String nationality, Gender gender,
                          LocalDate birthDate, MaritalStatus maritalStatus, String mobile, String email, String city,
                          String district, String address, String categoryCode, Housing housing,
                          BigDecimal monthlyRent, String iban, String ibanHash, List<HouseholdMember> household,
                          List<IncomeSource> incomes) {
    }

    public Long getId() {
        return id;
    }

    public String getBeneficiaryNumber() {
        return beneficiaryNumber;
    }

    public PersonName getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    /**
     * Merges this file into {@code kept}, the same person's (issue #24): both histories stay, each noting the other;
     * this one leaves the search until the merge is undone.
     */
    public void mergeInto(Beneficiary kept, String by, Instant at) {
        if (mergedInto != null || kept.mergedInto != null) {
            throw new RuleViolation("duplicate.error.merged");
        }
        if (kept.id != null && kept.id.equals(id)) {
            throw new RuleViolation("duplicate.error.resolved");
        }
        this.mergedInto = kept.id;
        this.mergedAt = at;
        history.add(new FileEvent(FileEvent.Kind.MERGED, null, by, at, kept.reference()));
        kept.history.add(new FileEvent(FileEvent.Kind.MERGED_IN, null, by, at, reference()));
    }

    /** Undoes the merge into {@code kept} within {@link #UNDO_MERGE}; both histories say so. */
    public void unmerge(Beneficiary kept, String by, Instant at) {
        if (mergedInto == null || !mergedInto.equals(kept.id)) {
            throw new RuleViolation("duplicate.error.notMerged");
        }
        if (at.isAfter(mergedAt.plus(UNDO_MERGE))) {
            throw new RuleViolation("duplicate.error.undoTooLate");
        }
        this.mergedInto = null;
        this.mergedAt = null;
        history.add(new FileEvent(FileEvent.Kind.UNMERGED, null, by, at, kept.reference()));
        kept.history.add(new FileEvent(FileEvent.Kind.UNMERGED, null, by, at, reference()));
    }

    /**
     * Staff found this file and {@code other} are two people (issue #24): both histories say so, naming the other file
     * and how they knew.
     */
    public void notedNotTheSameAs(Beneficiary other, String by, Instant at, String note) {
        String why = note == null || note.isBlank() ? "" : " " + note.strip();
        history.add(new FileEvent(FileEvent.Kind.NOT_SAME, null, by, at, other.reference() + why));
        other.history.add(new FileEvent(FileEvent.Kind.NOT_SAME, null, by, at, reference() + why));
    }

    /** The executive approved request {@code trackingNumber} of this file despite an open duplicate warning. */
    public void notedOverride(String trackingNumber, String by, Instant at) {
        history.add(new FileEvent(FileEvent.Kind.OVERRIDDEN, null, by, at, trackingNumber));
    }

    /** How the file is named to staff in another file's history: its number once registered, else its id. */
    private String reference() {
        return beneficiaryNumber != null ? beneficiaryNumber : "#" + id;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    /** Whether this merged file's merge can still be undone at {@code now}. */
    public boolean canUndoMerge(Instant now) {
        return mergedInto != null && !now.isAfter(mergedAt.plus(UNDO_MERGE));
    }

    /**
     * Keys its names again ({@code NameKeys}: the Arabic name and the English one); whether the keys changed. Keys too
     * long for the index (a word of more than 60 letters) are left out.
     */
    public boolean rekey() {
        java.util.Set<String> keys = keys();
        boolean changed = !keys.equals(nameKeys) || nameKeysVersion != NAME_KEYS_VERSION;
        if (!keys.equals(nameKeys)) {
            nameKeys.retainAll(keys);
            nameKeys.addAll(keys);
        }
        nameKeysVersion = NAME_KEYS_VERSION;
        return changed;
    }

    /** The keys of this file's names as they are now (what {@link #rekey()} keeps). */
    public java.util.Set<String> keys() {
        return keysOf(name, nameEn);
    }

    /** The keys a file with these names has (the bench writes its generated files' keys with it). */
    public static java.util.Set<String> keysOf(PersonName name, String nameEn) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        keys.add(KEYED);
        if (name != null) {
            keys.addAll(org.ektefaa.platform.api.saudi.NameKeys.index(name.full()));
            // the first and the family name apart, in Arabic, for the duplicate check: "1a:…", "4a:…"
            keys.addAll(placed("1", name.getFirst()));
            keys.addAll(placed("4", name.getFamily()));
        }
        keys.addAll(org.ektefaa.platform.api.saudi.NameKeys.index(nameEn));
        keys.removeIf(k -> k.length() > 64);
        return keys;
    }

    /** The Arabic keys of one part of the name, marked with its place (1 the first name, 4 the family name). */
    public static java.util.Set<String> placed(String place, String part) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        org.ektefaa.platform.api.saudi.NameKeys.index(part).stream().filter(k -> k.startsWith("a:"))
                .forEach(k -> keys.add(place + k));
        return keys;
    }

    public java.util.Set<String> getNameKeys() {
        return java.util.Collections.unmodifiableSet(nameKeys);
    }

    public String getSearchName() {
        return searchName;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public String getIdLastFour() {
        return idLastFour;
    }

    public LocalDate getIdExpiry() {
        return idExpiry;
    }

    public String getNationality() {
        return nationality;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public MaritalStatus getMaritalStatus() {
        return maritalStatus;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getCity() {
        return city;
    }

    public String getDistrict() {
        return district;
    }

    public String getAddress() {
        return address;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public Housing getHousing() {
        return housing;
    }

    public BigDecimal getMonthlyRent() {
        return monthlyRent;
    }

    public String getIbanHash() {
        return ibanHash;
    }

    public String getIban() {
        return iban;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public FileStatus getStatus() {
        return status;
    }

    public String getConsentPurpose() {
        return consentPurpose;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public String getDeclarationVersion() {
        return declarationVersion;
    }

    public SignatureMethod getSignatureMethod() {
        return signatureMethod;
    }

    public String getSignedName() {
        return signedName;
    }

    public String getSignatureDrawing() {
        return signatureDrawing;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignatureWitness() {
        return signatureWitness;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    public List<HouseholdMember> getHousehold() {
        return List.copyOf(household);
    }

    public List<IncomeSource> getIncomes() {
        return List.copyOf(incomes);
    }

    public List<Verification> getVerifications() {
        return List.copyOf(verifications);
    }

    public List<FileEvent> getHistory() {
        return List.copyOf(history);
    }
}
