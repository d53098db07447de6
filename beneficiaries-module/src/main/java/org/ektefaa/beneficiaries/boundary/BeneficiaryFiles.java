package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ektefaa.beneficiaries.api.BeneficiaryDirectory;
import org.ektefaa.beneficiaries.api.BeneficiaryFileSubmitted;
import org.ektefaa.beneficiaries.api.BeneficiaryRegistered;
import org.ektefaa.beneficiaries.api.BeneficiarySummary;
import org.ektefaa.beneficiaries.api.RegistrationDecided;
import org.ektefaa.beneficiaries.api.RegistrationDecisionOpened;
import org.ektefaa.beneficiaries.control.Completeness;
import org.ektefaa.beneficiaries.control.Declaration;
import org.ektefaa.platform.api.protect.FileStore;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.Enums.IdType;
import org.ektefaa.beneficiaries.entity.Enums.SignatureMethod;
import org.ektefaa.beneficiaries.entity.FileAccess;
import org.ektefaa.beneficiaries.entity.FileDocument;
import org.ektefaa.beneficiaries.entity.FileStatus;
import org.ektefaa.beneficiaries.entity.HouseholdMember;
import org.ektefaa.beneficiaries.entity.IncomeSource;
import org.ektefaa.beneficiaries.entity.PersonName;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.FieldProtection;
import org.ektefaa.platform.api.saudi.ArabicText;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.NationalIds;
import org.ektefaa.platform.api.saudi.SaudiIbans;
import org.ektefaa.platform.api.saudi.SaudiMobiles;

/**
 * The beneficiary file: opened at first contact, completed and verified by the employee, signed by the
 * applicant, submitted for the executive's decision, registered or refused (policy §5.1–§5.5). Identity
 * numbers and IBANs are encrypted at rest; every opening, reveal and export is written to the access log.
 */
@ApplicationScoped
@Transactional
public class BeneficiaryFiles implements BeneficiaryDirectory {

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

    /** A row of the search results: nothing more than a list shows. */
    public record Row(long id, String fullName, String beneficiaryNumber, String maskedId, String mobile,
                      FileStatus status, String categoryCode) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    Event<BeneficiaryFileSubmitted> submitted;

    @Inject
    Event<BeneficiaryRegistered> registered;

    @Inject
    Event<Audited> audited;

    @Inject
    FileStore documents;

    @Inject
    Clock clock;

    /** Opens a new file at first contact. Refuses an identity number that another file already has. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME})
    public Beneficiary start(@NotNull FileForm form) {
        String by = caller.name();
        Instant now = clock.instant();
        Beneficiary file = new Beneficiary(form.getChannel(), by, now);
        identify(file, form);
        file.describe(details(form), null, by, now);
        em.persist(file);
        em.flush();
        audited.fire(new Audited(by, "FILE_OPENED", "Beneficiary", String.valueOf(file.getId()), form.getChannel().name()));
        return file;
    }

    /** Saves an edit of the file if nobody saved it since {@code expectedVersion}; after signing, as a correction. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME})
    public Beneficiary update(long id, long expectedVersion, @NotNull FileForm form, String correctionReason) {
        String by = caller.name();
        Beneficiary file = load(id, expectedVersion);
        String hash = FieldProtection.configured().lookupHash(normalisedId(form));
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
        if (file.submit(missing, by, now)) {
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
        if (decided.approved()) {
            registered.fire(new BeneficiaryRegistered(file.getId(), number, file.getCategoryCode(), file.getChannel(),
                    decided.decidedAt()));
        }
    }

    /** Suspends, reinstates or closes a file, with a reason. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void changeStatus(long id, long expectedVersion, @NotNull FileStatus to, @NotBlank String reason) {
        String by = caller.name();
        load(id, expectedVersion).changeStatus(to, reason, by, clock.instant());
        audited.fire(new Audited(by, "FILE_STATUS", "Beneficiary", String.valueOf(id), to.name()));
    }

    /** Opens a file to look at it: written to the access log. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Beneficiary read(long id) {
        String by = caller.name();
        Beneficiary file = em.find(Beneficiary.class, id);
        if (file == null) {
            throw new RuleViolation("file.error.missing");
        }
        em.persist(new FileAccess(id, by, FileAccess.Action.OPENED, clock.instant()));
        return file;
    }

    /** The full identity number, shown on an explicit request: written to the access and audit logs. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public String revealIdentity(long id) {
        String by = caller.name();
        Beneficiary file = read(id);
        em.persist(new FileAccess(id, by, FileAccess.Action.REVEALED_ID, clock.instant()));
        audited.fire(new Audited(by, "ID_REVEALED", "Beneficiary", String.valueOf(id), null));
        return file.getIdNumber();
    }

    /** The full IBAN, on an explicit request: logged like the identity number. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public String revealIban(long id) {
        String by = caller.name();
        Beneficiary file = read(id);
        em.persist(new FileAccess(id, by, FileAccess.Action.REVEALED_IBAN, clock.instant()));
        audited.fire(new Audited(by, "IBAN_REVEALED", "Beneficiary", String.valueOf(id), null));
        return SaudiIbans.formatted(file.getIban());
    }

    /** Files whose identity number is {@code idNumber} (typed with any digits), if any. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<Long> findByIdentity(String idNumber) {
        String digits = Digits.only(idNumber);
        if (digits == null || digits.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select b.id from Beneficiary b where b.idNumberHash = :h", Long.class)
                .setParameter("h", FieldProtection.configured().lookupHash(digits)).getResultStream().findFirst();
    }

    /**
     * Other files that may be the same household: a similar name (same normalised first and family names)
     * with the same birth date, or the same bank account.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Row> similar(long id) {
        Beneficiary file = em.find(Beneficiary.class, id);
        if (file == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        if (file.getIbanHash() != null) {
            em.createQuery("select b from Beneficiary b where b.ibanHash = :h and b.id <> :id", Beneficiary.class)
                    .setParameter("h", file.getIbanHash()).setParameter("id", id).setMaxResults(20)
                    .getResultStream().map(BeneficiaryFiles::row).forEach(rows::add);
        }
        if (file.getBirthDate() == null || file.getName() == null) {
            return rows;
        }
        String first = ArabicText.normalise(file.getName().getFirst());
        String family = ArabicText.normalise(file.getName().getFamily());
        em.createQuery("select b from Beneficiary b where b.birthDate = :d and b.id <> :id"
                        + " and b.searchName like :first and b.searchName like :family", Beneficiary.class)
                .setParameter("d", file.getBirthDate()).setParameter("id", id)
                .setParameter("first", first + " %").setParameter("family", "% " + family)
                .setMaxResults(20).getResultStream().map(BeneficiaryFiles::row)
                .filter(r -> rows.stream().noneMatch(seen -> seen.id() == r.id())).forEach(rows::add);
        return rows;
    }

    /**
     * Search by name (Arabic spelling variants match), identity number, mobile or beneficiary number.
     * Paged; the count is a separate query the page asks for only when the text changes.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<Row> search(String text, int first, int pageSize) {
        TypedQuery<Beneficiary> query = em.createQuery("select b from Beneficiary b where " + where(text)
                + " order by b.id desc", Beneficiary.class);
        bind(query, text);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultStream().map(BeneficiaryFiles::row).toList();
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public long count(String text) {
        TypedQuery<Long> query = em.createQuery("select count(b) from Beneficiary b where " + where(text), Long.class);
        bind(query, text);
        return query.getSingleResult();
    }

    private static String where(String text) {
        Criteria c = Criteria.of(text);
        return switch (c.kind) {
            case ALL -> "1 = 1";
            case IDENTITY -> "b.idNumberHash = :value";
            case MOBILE -> "b.mobile = :value";
            case NUMBER -> "b.beneficiaryNumber = :value";
            case LAST_FOUR -> "b.idLastFour = :value";
            case NAME -> {
                StringBuilder all = new StringBuilder("1 = 1");
                for (int i = 0; i < c.words().size(); i++) {
                    all.append(" and b.searchName like :w").append(i);
                }
                yield all.toString();
            }
        };
    }

    private static void bind(TypedQuery<?> query, String text) {
        Criteria c = Criteria.of(text);
        switch (c.kind) {
            case ALL -> { }
            case IDENTITY -> query.setParameter("value", FieldProtection.configured().lookupHash(c.value));
            case NAME -> {
                List<String> words = c.words();
                for (int i = 0; i < words.size(); i++) {
                    query.setParameter("w" + i, "%" + words.get(i) + "%");
                }
            }
            default -> query.setParameter("value", c.value);
        }
    }

    /** How the search box is read. */
    record Criteria(Kind kind, String value) {
        enum Kind { ALL, IDENTITY, MOBILE, NUMBER, LAST_FOUR, NAME }

        /** The words of a name search (at most five), each of which must appear in the name. */
        List<String> words() {
            return java.util.Arrays.stream(value.replace("%", "").replace("_", "").split(" "))
                    .filter(w -> !w.isBlank()).limit(5).toList();
        }

        static Criteria of(String text) {
            if (text == null || text.isBlank()) {
                return new Criteria(Kind.ALL, null);
            }
            String normal = Digits.normalise(text.trim());
            String digits = Digits.only(normal);
            if (normal.toUpperCase(Locale.ROOT).matches("B-?\\d{1,6}")) {
                return new Criteria(Kind.NUMBER, String.format(Locale.ROOT, "B-%06d", Long.parseLong(digits)));
            }
            if (digits.length() == normal.replaceAll("[\\s-]", "").length() || normal.startsWith("+")) {
                if (digits.length() == 10 && (digits.startsWith("1") || digits.startsWith("2"))) {
                    return new Criteria(Kind.IDENTITY, digits);
                }
                Optional<String> mobile = SaudiMobiles.e164(normal);
                if (mobile.isPresent()) {
                    return new Criteria(Kind.MOBILE, mobile.get());
                }
                if (digits.length() == 4) {
                    return new Criteria(Kind.LAST_FOUR, digits);
                }
            }
            return new Criteria(Kind.NAME, ArabicText.normalise(normal));
        }
    }

    /**
     * Attaches a PDF, JPEG or PNG (checked by content) to the file, stored outside the web root; to a signed file
     * past the reception, only as a correction with its reason.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public FileDocument attach(long id, @NotBlank String documentType, @NotNull byte[] content, String originalName,
                               String correctionReason) {
        String by = caller.name();
        Beneficiary file = read(id);
        if (file.needsCorrectionReason() && (correctionReason == null || correctionReason.isBlank())) {
            throw new RuleViolation("file.error.correctionReason");
        }
        if (content.length == 0 || content.length > FileStore.MAX_BYTES) {
            throw new RuleViolation("document.error.size", FileStore.MAX_BYTES / (1024 * 1024));
        }
        String type = FileStore.contentType(content).orElseThrow(() -> new RuleViolation("document.error.type"));
        if (em.find(org.ektefaa.beneficiaries.entity.DocumentType.class, documentType) == null) {
            throw new RuleViolation("document.error.kind");
        }
        FileStore.Stored stored = documents.store("documents", content, type);
        Instant now = clock.instant();
        FileDocument document = new FileDocument(id, documentType, stored.name(),
                originalName == null ? null : originalName.replaceAll("[^\\p{L}\\p{N}._ -]", "_"), type,
                content.length, stored.sha256(), by, now);
        em.persist(document);
        file.recordDocument(documentType, correctionReason, by, now);
        return document;
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<FileDocument> documents(long id) {
        return em.createNamedQuery(FileDocument.OF_FILE, FileDocument.class).setParameter("id", id).getResultList();
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public FileDocument documentsById(long documentId) {
        FileDocument document = em.find(FileDocument.class, documentId);
        if (document == null) {
            throw new RuleViolation("file.error.missing");
        }
        return document;
    }

    /** Counts of files per status, for the dashboard. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public Map<FileStatus, Long> countsByStatus() {
        Map<FileStatus, Long> counts = new EnumMap<>(FileStatus.class);
        em.createQuery("select b.status, count(b) from Beneficiary b group by b.status", Object[].class)
                .getResultList().forEach(r -> counts.put((FileStatus) r[0], (Long) r[1]));
        return counts;
    }

    /** A document's bytes, for a signed-in member of staff; written to the access log as an opening. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public byte[] documentContent(long documentId) {
        String by = caller.name();
        FileDocument document = em.find(FileDocument.class, documentId);
        if (document == null) {
            throw new RuleViolation("file.error.missing");
        }
        read(document.getBeneficiaryId());
        return documents.read("documents", document.getStoredName());
    }

    /** Everything held about one person, as JSON (PDPL right of access); written to the access log. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public String export(long id) {
        String by = caller.name();
        Beneficiary f = read(id);
        em.persist(new FileAccess(id, by, FileAccess.Action.EXPORTED, clock.instant()));
        audited.fire(new Audited(by, "FILE_EXPORTED", "Beneficiary", String.valueOf(id), null));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("fileId", f.getId())
                .add("beneficiaryNumber", nz(f.getBeneficiaryNumber()))
                .add("name", nz(f.getName() == null ? null : f.getName().full()))
                .add("nameEn", nz(f.getNameEn()))
                .add("idType", f.getIdType().name())
                .add("idNumber", nz(f.getIdNumber()))
                .add("idExpiry", nz(f.getIdExpiry()))
                .add("nationality", nz(f.getNationality()))
                .add("gender", nz(f.getGender()))
                .add("birthDate", nz(f.getBirthDate()))
                .add("maritalStatus", nz(f.getMaritalStatus()))
                .add("mobile", nz(f.getMobile()))
                .add("email", nz(f.getEmail()))
                .add("city", nz(f.getCity()))
                .add("district", nz(f.getDistrict()))
                .add("address", nz(f.getAddress()))
                .add("category", nz(f.getCategoryCode()))
                .add("housing", nz(f.getHousing()))
                .add("iban", nz(f.getIban()))
                .add("channel", f.getChannel().name())
                .add("status", f.getStatus().name())
                .add("consent", Json.createObjectBuilder().add("purpose", nz(f.getConsentPurpose()))
                        .add("at", nz(f.getConsentAt())))
                .add("declaration", Json.createObjectBuilder().add("version", nz(f.getDeclarationVersion()))
                        .add("method", nz(f.getSignatureMethod())).add("signedAt", nz(f.getSignedAt()))
                        .add("witness", nz(f.getSignatureWitness())));
        JsonArrayBuilder members = Json.createArrayBuilder();
        f.getHousehold().forEach(m -> members.add(Json.createObjectBuilder().add("name", m.getFullName())
                .add("relation", m.getRelation().name()).add("idNumber", nz(m.getIdNumber()))
                .add("birthDate", nz(m.getBirthDate())).add("disability", m.isDisability())
                .add("occupation", nz(m.getOccupation()))));
        JsonArrayBuilder incomes = Json.createArrayBuilder();
        f.getIncomes().forEach(i -> incomes.add(Json.createObjectBuilder().add("type", i.getType().name())
                .add("monthlyAmount", i.getMonthlyAmount())));
        JsonArrayBuilder history = Json.createArrayBuilder();
        f.getHistory().forEach(h -> history.add(Json.createObjectBuilder().add("kind", h.getKind().name())
                .add("status", nz(h.getToStatus())).add("by", h.getActor()).add("at", h.getOccurredAt().toString())
                .add("note", nz(h.getNote()))));
        JsonArrayBuilder docs = Json.createArrayBuilder();
        documents(id).forEach(d -> docs.add(Json.createObjectBuilder().add("type", d.getDocumentType())
                .add("name", nz(d.getOriginalName())).add("uploadedAt", d.getUploadedAt().toString())));
        return json.add("household", members).add("incomes", incomes).add("documents", docs)
                .add("history", history).build().toString();
    }

    @Override
    @PermitAll
    public Optional<BeneficiarySummary> summary(long beneficiaryId) {
        return Optional.ofNullable(em.find(Beneficiary.class, beneficiaryId)).map(b -> new BeneficiarySummary(b.getId(),
                b.getName() == null ? "" : b.getName().full(), b.getBeneficiaryNumber(),
                FieldProtection.masked(b.getIdNumber()), b.getMobile(), b.getEmail(), b.getStatus().name()));
    }

    @Override
    @PermitAll
    public Optional<BeneficiarySummary> findByReference(String reference) {
        Criteria c = Criteria.of(reference);
        Optional<Long> id = switch (c.kind()) {
            case IDENTITY -> findByIdentity(c.value());
            case NUMBER -> em.createQuery("select b.id from Beneficiary b where b.beneficiaryNumber = :n", Long.class)
                    .setParameter("n", c.value()).getResultStream().findFirst();
            default -> Optional.empty();
        };
        return id.flatMap(this::summary);
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<FileAccess> accessLog(long id) {
        return em.createQuery("select a from FileAccess a where a.beneficiaryId = :id order by a.occurredAt desc",
                FileAccess.class).setParameter("id", id).setMaxResults(200).getResultList();
    }

    private Beneficiary load(long id, long expectedVersion) {
        Beneficiary file = em.find(Beneficiary.class, id);
        if (file == null) {
            throw new RuleViolation("file.error.missing");
        }
        if (file.getVersion() != expectedVersion) {
            throw new OptimisticLockException(file);
        }
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
        String hash = FieldProtection.configured().lookupHash(number);
        Optional<Long> existing = em.createQuery("select b.id from Beneficiary b where b.idNumberHash = :h", Long.class)
                .setParameter("h", hash).getResultStream().findFirst();
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
        String mobile = null;
        if (form.getMobile() != null && !form.getMobile().isBlank()) {
            mobile = SaudiMobiles.e164(form.getMobile()).orElseThrow(() -> new RuleViolation("file.error.mobile"));
        }
        String iban = null;
        String typedIban = form.effectiveIban();
        if (typedIban != null && !typedIban.isBlank()) {
            if (!SaudiIbans.isValid(typedIban)) {
                throw new RuleViolation("file.error.iban");
            }
            iban = SaudiIbans.normalise(typedIban);
        }
        if (form.getCategoryCode() != null && !form.getCategoryCode().isBlank()
                && em.find(Category.class, form.getCategoryCode()) == null) {
            throw new RuleViolation("file.error.category");
        }
        if (form.getBirthDate() != null && form.getBirthDate().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("file.error.birthDate");
        }
        PersonName name = new PersonName(form.getFirstName(), form.getFatherName(), form.getGrandfatherName(),
                form.getFamilyName());
        List<HouseholdMember> members = new ArrayList<>();
        for (FileForm.Member m : form.getHousehold()) {
            if (m.getFullName() == null || m.getFullName().isBlank() || m.getRelation() == null) {
                throw new RuleViolation("household.error.incomplete");
            }
            String typedId = m.effectiveIdNumber();
            String memberId = typedId == null || typedId.isBlank() ? null : Digits.only(typedId);
            if (memberId != null && !NationalIds.isValid(memberId)) {
                throw new RuleViolation("household.error.idInvalid", m.getFullName());
            }
            members.add(new HouseholdMember(m.getFullName().trim(), m.getRelation(), memberId, m.getBirthDate(),
                    m.isDisability(), m.getOccupation()));
        }
        List<IncomeSource> incomes = new ArrayList<>();
        for (FileForm.Income i : form.getIncomes()) {
            if (i.getType() == null || i.getMonthlyAmount() == null || i.getMonthlyAmount().signum() < 0) {
                throw new RuleViolation("income.error.incomplete");
            }
            incomes.add(new IncomeSource(i.getType(), i.getMonthlyAmount()));
        }
        BigDecimal rent = form.getMonthlyRent() == null || form.getMonthlyRent().signum() < 0 ? null : form.getMonthlyRent();
        return new Beneficiary.Details(name, form.getNameEn(), ArabicText.normalise(name.full()), form.getNationality(),
                form.getGender(), form.getBirthDate(), form.getMaritalStatus(), mobile, form.getEmail(), form.getCity(),
                form.getDistrict(), form.getAddress(), form.getCategoryCode(), form.getHousing(), rent, iban,
                iban == null ? null : FieldProtection.configured().lookupHash(iban), members, incomes);
    }

    /** The form for editing an existing file, filled from it. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.ADMIN_NAME})
    public FileForm formOf(Beneficiary f) {
        FileForm form = new FileForm();
        if (f.getName() != null) {
            form.setFirstName(f.getName().getFirst());
            form.setFatherName(f.getName().getFather());
            form.setGrandfatherName(f.getName().getGrandfather());
            form.setFamilyName(f.getName().getFamily());
        }
        form.setNameEn(f.getNameEn());
        form.setIdType(f.getIdType());
        form.keepIdNumber(f.getIdNumber());
        form.setIdExpiry(f.getIdExpiry());
        form.setNationality(f.getNationality());
        form.setGender(f.getGender());
        form.setBirthDate(f.getBirthDate());
        form.setMaritalStatus(f.getMaritalStatus());
        form.setMobile(f.getMobile() == null ? null : "0" + f.getMobile().substring(4));
        form.setEmail(f.getEmail());
        form.setCity(f.getCity());
        form.setDistrict(f.getDistrict());
        form.setAddress(f.getAddress());
        form.setCategoryCode(f.getCategoryCode());
        form.setHousing(f.getHousing());
        form.setMonthlyRent(f.getMonthlyRent());
        form.keepIban(f.getIban());
        form.setChannel(f.getChannel());
        for (HouseholdMember m : f.getHousehold()) {
            FileForm.Member row = new FileForm.Member();
            row.setFullName(m.getFullName());
            row.setRelation(m.getRelation());
            row.keepIdNumber(m.getIdNumber());
            row.setBirthDate(m.getBirthDate());
            row.setDisability(m.isDisability());
            row.setOccupation(m.getOccupation());
            form.getHousehold().add(row);
        }
        for (IncomeSource i : f.getIncomes()) {
            FileForm.Income row = new FileForm.Income();
            row.setType(i.getType());
            row.setMonthlyAmount(i.getMonthlyAmount());
            form.getIncomes().add(row);
        }
        return form;
    }

    private Category category(String code) {
        return code == null ? null : em.find(Category.class, code);
    }

    private Set<String> uploadedTypes(long id) {
        return documents(id).stream().map(FileDocument::getDocumentType).collect(Collectors.toSet());
    }

    private static Row row(Beneficiary b) {
        return new Row(b.getId(), b.getName() == null ? "" : b.getName().full(), b.getBeneficiaryNumber(),
                FieldProtection.masked(b.getIdNumber()), b.getMobile(), b.getStatus(), b.getCategoryCode());
    }

    private static String nz(Object value) {
        return value == null ? "" : value.toString();
    }
}
