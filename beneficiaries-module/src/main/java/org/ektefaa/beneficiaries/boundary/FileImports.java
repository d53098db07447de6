package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ektefaa.beneficiaries.control.ImportField;
import org.ektefaa.beneficiaries.control.ImportReport;
import org.ektefaa.beneficiaries.control.ImportValues;
import org.ektefaa.beneficiaries.entity.ImportMapping;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.beneficiaries.control.SheetReader;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.protect.PersonalData;

/**
 * Bringing an association's existing records in from its spreadsheets (issue #25), for the administrator: the file
 * read into sheets (at most {@code ektefaa.import.max-megabytes}, 5 by default), and the dry run of a mapping —
 * every row checked as the wizard checks it and against the files kept, nothing written — with its report as a
 * workbook. Writing the accepted rows as one batch is the next step of the issue.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FileImports {

    /** The web container's own limit on an uploaded file (web.xml); a larger configured limit cannot be reached. */
    static final int UPLOAD_MEGABYTES = 10;

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    Clock clock;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    @Inject
    jakarta.enterprise.event.Event<org.ektefaa.platform.api.Audited> audited;

    @Inject
    @ConfigProperty(name = "ektefaa.import.max-megabytes", defaultValue = "5")
    int maxMegabytes;

    /** The largest file that is read, in bytes. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long maxBytes() {
        return Math.min(Math.max(1, maxMegabytes), UPLOAD_MEGABYTES) * 1024L * 1024L;
    }

    /**
     * The sheets of an uploaded file.
     *
     * @throws org.ektefaa.platform.api.RuleViolation when it is too large, not a spreadsheet, empty, or its headings are
     *                                                merged ({@link SheetReader#read})
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<SheetReader.Table> read(String fileName, byte[] content) {
        return SheetReader.read(fileName, content, maxBytes());
    }

    /** The dry run of the mapped sheets: what the import would do with each person, and why. Writes nothing. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ImportCheck.Person> check(List<ImportCheck.Mapped> sheets) {
        return new ImportCheck(em, personalData, LocalDate.now(clock)).check(sheets);
    }

    /**
     * The dry run's report as an XLSX workbook in {@code locale}: {@code labels} gives a heading's text from its key,
     * {@code words} a problem's message.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public byte[] report(List<ImportCheck.Person> people, Locale locale, Function<String, String> labels,
                         Function<ImportCheck.Problem, String> words) {
        return ImportReport.write(people.stream().map(p -> line(p, words)).toList(), locale, labels);
    }

    private static ImportReport.Line line(ImportCheck.Person person, Function<ImportCheck.Problem, String> words) {
        return new ImportReport.Line(person.sheet(), person.where(), nameOf(person), person.verdict().name(),
                person.existingId(), List.copyOf(person.alike().keySet()), person.form().getHousehold().size(),
                person.aid().size(), person.problems().stream().map(p -> new ImportReport.Remark(p.sheet(), p.line(),
                        p.heading(), p.refuses(), words.apply(p))).toList());
    }

    /** The person's name as the rows give it. */
    public static String nameOf(ImportCheck.Person person) {
        FileForm form = person.form();
        return String.join(" ", Stream.of(form.getFirstName(), form.getFatherName(), form.getGrandfatherName(),
                form.getFamilyName()).filter(s -> s != null && !s.isBlank()).toList());
    }

    /** The saved mappings, by name. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<ImportMapping> mappings() {
        return em.createQuery("select m from ImportMapping m order by m.name", ImportMapping.class).getResultList();
    }

    /**
     * Saves the field chosen for each column (blank: left out) under {@code name} (a mapping of that name is
     * replaced); a column is named by {@link #columnKey} (its sheet's place and its heading, folded as compared).
     *
     * @throws RuleViolation {@code import.error.mappingName} without a name, {@code import.error.mappingEmpty} when no
     *                       column has a field
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(Transactional.TxType.REQUIRED)
    public ImportMapping saveMapping(String name, Map<String, String> fieldsByHeading) {
        String key = name == null ? "" : name.strip();
        if (key.isEmpty() || key.length() > 120) {
            throw new RuleViolation("import.error.mappingName");
        }
        Map<String, String> folded = new LinkedHashMap<>();
        // a column left out is saved too ("-"), so that it is left out again rather than guessed
        fieldsByHeading.forEach((column, field) -> folded.put(column,
                field == null || field.isBlank() ? ImportMapping.LEFT_OUT : ImportField.valueOf(field).name()));
        if (folded.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length() + 2).sum()
                > ImportMapping.LONGEST) {
            throw new RuleViolation("import.error.mappingLong");
        }
        if (folded.values().stream().allMatch(ImportMapping.LEFT_OUT::equals)) {
            throw new RuleViolation("import.error.mappingEmpty");
        }
        String by = caller.name();
        ImportMapping mapping = em.createQuery("select m from ImportMapping m where m.name = :n", ImportMapping.class)
                .setParameter("n", key).getResultStream().findFirst().orElse(null);
        if (mapping == null) {
            mapping = new ImportMapping(key, folded, by, clock.instant());
            em.persist(mapping);
        } else {
            mapping.save(folded, by, clock.instant());
        }
        em.flush();
        audited.fire(new org.ektefaa.platform.api.Audited(by, "IMPORT_MAPPING_SAVED", "ImportMapping",
                String.valueOf(mapping.getId()), key));
        return mapping;
    }

    /** How a mapping names the column with {@code heading} on the {@code sheet}th sheet (0 for the first). */
    public static String columnKey(int sheet, String heading) {
        return sheet + ":" + ImportValues.word(heading);
    }

    /** Removes a saved mapping. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(Transactional.TxType.REQUIRED)
    public void deleteMapping(long id) {
        ImportMapping mapping = em.find(ImportMapping.class, id);
        if (mapping != null) {
            em.remove(mapping);
            audited.fire(new org.ektefaa.platform.api.Audited(caller.name(), "IMPORT_MAPPING_REMOVED", "ImportMapping",
                    String.valueOf(id), mapping.getName()));
        }
    }
}
