package org.ektefaa.beneficiaries.boundary;

import org.ektefaa.platform.api.Versioned;
import org.ektefaa.platform.api.protect.PersonalData;
import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ektefaa.beneficiaries.api.BeneficiaryFileSubmitted;
import org.ektefaa.beneficiaries.api.BeneficiaryRegistered;
import org.ektefaa.beneficiaries.api.RegistrationDecided;
import org.ektefaa.beneficiaries.api.RegistrationDecisionOpened;
import org.ektefaa.beneficiaries.control.Completeness;
import org.ektefaa.beneficiaries.control.Declaration;
import org.ektefaa.beneficiaries.control.FileLookup;
import org.ektefaa.beneficiaries.control.FileCounts;
import org.ektefaa.beneficiaries.control.FileRecords;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.Enums.IdType;
import org.ektefaa.beneficiaries.entity.Enums.SignatureMethod;
import org.ektefaa.beneficiaries.entity.FileDocument;
import org.ektefaa.beneficiaries.entity.FileStatus;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.NationalIds;

/**
 * The beneficiary file: opened at first contact, completed and verified by the employee, signed by the
 * applicant, submitted for the executive's decision, registered or refused (policy §5.1–§5.5). Identity
 * numbers and IBANs are encrypted at rest; every opening, reveal and export is written to the access log.
 */
@ApplicationScoped
@Transactional
public class BeneficiaryFiles {

    @Inject
    PersonalData personalData;

    @jakarta.inject.Inject
    org.ektefaa.platform.api.Caller caller;

    /** The file's number is unique: this one belongs to another file (the page links to it). */
    public static class DuplicateIdentity extends RuleViolation {
        private static final long serialVersionUID = 1L;
        private final long existingId;

        DuplicateIdentity(long existingId) {
            super("file.error.duplicateId");
            this.existingId = existingId;
        }

        public long existingId() {
            return existingId;
        }
    }

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    Event<BeneficiaryFileSubmitted> submitted;

    @Inject
    Event<BeneficiaryRegistered> registered;

    @Inject
    Event<org.ektefaa.beneficiaries.api.FileChanged> changed;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    @Inject
    FileLookup lookup;

    @Inject
    FileRecords records;

    @Inject
    FileCounts counts;

    @Inject
    org.ektefaa.beneficiaries.control.DuplicateCheck duplicates;

    /** Opens a new file at first contact. Refuses an identity number that another file already has. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME})
    public Beneficiary start(@NotNull FileForm form) {
        String by = caller.name();
        Instant now = clock.instant();
        Beneficiary file = new Beneficiary(form.getChannel(), by, now);
        identify(file, form);
        file.describe(details(form), null, by, now);
        em.persist(file);
        counts.count(file);
        em.flush();
        // the files that may be this person, found as the file is opened (issue #24)
        duplicates.record(file, now);
        audited.fire(new Audited(by, "FILE_OPENED", "Beneficiary", String.valueOf(file.getId()), form.getChannel().name()));
        return file;
    }

    /** Saves an edit of the file if nobody saved it since {@code expectedVersion}; after signing, as a correction. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME})
    public Beneficiary update(long id, long expectedVersion, @NotNull FileForm form, String correctionReason) {
        String by = caller.name();
        Beneficiary file = load(id, expectedVersion);
        String hash = personalData.lookupHash(normalisedId(form));
        if (!hash.equals(file.getIdNumberHash())) {
            identify(file, form);
            audited.fire(new Audited(by, "IDENTITY_CHANGED", "Beneficiary", String.valueOf(id), null));
        }
        String ibanBefore = file.getIbanHash();
        file.describe(details(form), correctionReason, by, clock.instant());
        if (!java.util.Objects.equals(ibanBefore, file.getIbanHash())) {
            audited.fire(new Audited(by, "IBAN_CHANGED", "Beneficiary", String.valueOf(id), null));
        }
        em.flush();
        duplicates.record(file, clock.instant());
        if (!file.getStatus().isOpenForEditing() && file.getStatus() != FileStatus.CLOSED) {
            // a correction after submission: its eligibility is worked out again (issue #26)
            changed.fire(new org.ektefaa.beneficiaries.api.FileChanged(id, by, clock.instant()));
        }
        return file;
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void recordConsent(long id, long expectedVersion, @NotBlank String purpose) {
        String by = caller.name();
        load(id, expectedVersion).consent(purpose, by, clock.instant());
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void verify(long id, long expectedVersion, @NotBlank String itemCode, boolean verified) {
        String by = caller.name();
        Beneficiary file = load(id, expectedVersion);
        if (!file.getStatus().isOpenForEditing()) {
            throw new RuleViolation("file.error.notEditable");
        }
        if (verified) {
            file.verify(itemCode, by, clock.instant());
        } else {
            file.unverify(itemCode, by, clock.instant());
        }
    }

    /** The applicant signs, by drawing (a PNG data URL from the signature pad) or by typing their full name. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void sign(long id, long expectedVersion, @NotNull SignatureMethod method, String typedName, String drawing) {
        String witness = caller.name();
        if (drawing != null && !drawing.isBlank()
                && (!drawing.startsWith("data:image/png;base64,") || drawing.length() > 500_000)) {
            throw new RuleViolation("declaration.error.drawing");
        }
        load(id, expectedVersion).sign(Declaration.CURRENT_VERSION, method, typedName, drawing, witness, clock.instant());
    }

    /**
     * Submits the file for decision, or marks it incomplete: returns what is missing (empty when submitted,
     * in which case {@link BeneficiaryFileSubmitted} is fired in this transaction).
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<String> submit(long id, long expectedVersion) {
        String by = caller.name();
        Beneficiary file = load(id, expectedVersion);
        List<String> missing = missing(file);
        Instant now = clock.instant();
        boolean submittedNow = file.submit(missing, by, now);
        counts.count(file);
        if (submittedNow) {
            submitted.fire(new BeneficiaryFileSubmitted(file.getId(), file.getCategoryCode(), file.getChannel(), by, now));
            audited.fire(new Audited(by, "FILE_SUBMITTED", "Beneficiary", String.valueOf(id), null));
        }
        return missing;
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<String> missing(Beneficiary file) {
        return Completeness.missing(file, category(file.getCategoryCode()), uploadedTypes(file.getId()));
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Set<String> itemsToVerify(Beneficiary file) {
        return Completeness.itemsToVerify(file, category(file.getCategoryCode()));
    }

    void on(@Observes RegistrationDecisionOpened opened) {
        Beneficiary file = em.find(Beneficiary.class, opened.beneficiaryId());
        if (file != null) {
            file.underDecision(opened.trackingNumber(), clock.instant());
            counts.count(file);
        }
    }

    /** The executive decided (fired by the requests module): register with a number, or record the refusal. */
    void on(@Observes RegistrationDecided decided) {
        Beneficiary file = em.find(Beneficiary.class, decided.beneficiaryId());
        if (file == null) {
            throw new RuleViolation("file.error.missing");
        }
        String number = decided.approved() ? String.format(Locale.ROOT, "B-%06d", file.getId()) : null;
        file.decide(decided.approved(), decided.reason(), number, decided.decidedBy(), decided.decidedAt());
        counts.count(file);
        if (decided.approved()) {
            registered.fire(new BeneficiaryRegistered(file.getId(), number, file.getCategoryCode(), file.getChannel(),
                    decided.decidedAt()));
        }
    }

    /** Suspends, reinstates or closes a file, with a reason. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void changeStatus(long id, long expectedVersion, @NotNull FileStatus to, @NotBlank String reason) {
        String by = caller.name();
        Beneficiary file = load(id, expectedVersion);
        file.changeStatus(to, reason, by, clock.instant());
        counts.count(file);
        audited.fire(new Audited(by, "FILE_STATUS", "Beneficiary", String.valueOf(id), to.name()));
    }

    /** Opens a file to look at it: written to the access log. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Beneficiary read(long id) {
        return records.open(id);
    }

    private Beneficiary load(long id, long expectedVersion) {
        Beneficiary file = em.find(Beneficiary.class, id);
        if (file == null) {
            throw new RuleViolation("file.error.missing");
        }
        if (file.getMergedInto() != null) {
            // the person's file is the one it was merged into (issue #24): changes go there, or the merge is undone
            throw new RuleViolation("file.error.merged");
        }
        Versioned.asSeen(file, expectedVersion);
        return file;
    }

    private void identify(Beneficiary file, FileForm form) {
        String number = normalisedId(form);
        if (number == null || number.isEmpty()) {
            throw new RuleViolation("file.error.idRequired");
        }
        IdType type = form.getIdType();
        if (type == IdType.NATIONAL_ID || type == IdType.IQAMA) {
            if (!NationalIds.isValid(number)) {
                throw new RuleViolation("file.error.idInvalid");
            }
            // The first digit tells a citizen's ID (1) from an Iqama (2): nobody has to pick it correctly.
            type = NationalIds.isCitizen(number) ? IdType.NATIONAL_ID : IdType.IQAMA;
        }
        String hash = personalData.lookupHash(number);
        Optional<Long> existing = lookup.byIdentityHash(hash);
        if (existing.isPresent() && !existing.get().equals(file.getId())) {
            throw new DuplicateIdentity(existing.get());
        }
        file.identify(type, number, hash, number.substring(Math.max(0, number.length() - 4)),
                form.getIdExpiry());
    }

    private static String normalisedId(FileForm form) {
        String raw = form.effectiveIdNumber();
        if (raw == null) {
            return null;
        }
        return form.getIdType() == IdType.NATIONAL_ID || form.getIdType() == IdType.IQAMA
                ? Digits.only(raw) : Digits.normalise(raw).trim().toUpperCase(Locale.ROOT);
    }

    private Beneficiary.Details details(FileForm form) {
        if (form.getCategoryCode() != null && !form.getCategoryCode().isBlank()
                && em.find(Category.class, form.getCategoryCode()) == null) {
            throw new RuleViolation("file.error.category");
        }
        return form.toDetails(LocalDate.now(clock), personalData);
    }

    private Category category(String code) {
        return code == null ? null : em.find(Category.class, code);
    }

    private Set<String> uploadedTypes(long id) {
        return records.documentsOf(id).stream().map(FileDocument::getDocumentType).collect(Collectors.toSet());
    }

}
