package org.ektefaa.beneficiaries.boundary;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ektefaa.beneficiaries.control.DuplicateCheck;
import org.ektefaa.beneficiaries.control.ImportField;
import org.ektefaa.beneficiaries.control.ImportValues;
import org.ektefaa.beneficiaries.control.SheetReader;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.Category;
import org.ektefaa.beneficiaries.entity.DuplicateCandidate.Reason;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.PersonalData;
import org.ektefaa.platform.api.saudi.Digits;
import org.ektefaa.platform.api.saudi.NationalIds;

/**
 * The dry run of an import (issue #25), beside the boundary that will offer it (it fills {@link FileForm}s as the
 * wizard does): every row of the association's spreadsheet checked with the registration
 * wizard's rules (the identity number's check digit, a Saudi mobile, an IBAN, days that exist in their calendar, a
 * known category) and against the files already kept and the other rows, before anything is written. Rows with the
 * same identity number are one person: the first gives the file, the others add household members or past aid. Each
 * problem names its cell (sheet, line, heading) and a message key; a row with a problem that loses data is refused, a
 * row with only warnings is imported as it is.
 */
public final class ImportCheck {

    /** What the import would do with a person's rows. */
    public enum Verdict { CREATE, UPDATE, REFUSED }

    /** A problem in one cell: where, what (a message key and its arguments), and whether it refuses the row. */
    public record Problem(String sheet, int line, String heading, boolean refuses, String messageKey, List<Object> arguments)
            implements java.io.Serializable {
    }

    /** A past aid record on a row: when, what, how much, from which fund when known. */
    public record PastAid(LocalDate date, String service, BigDecimal quantity, BigDecimal amount, String fund)
            implements java.io.Serializable {
    }

    /** One person of the spreadsheet: their rows, what the import would do, and the file it would write. */
    public static final class Person implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String sheet;
        private final Mapped mapped;
        private final List<Integer> lines = new ArrayList<>();
        private final FileForm form = new FileForm();
        private final List<PastAid> aid = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<Long, Set<Reason>> alike = new LinkedHashMap<>();
        private Long existingId;
        private String idNumber;
        private boolean leftOut;

        private final Map<String, List<Integer>> linesBySheet = new LinkedHashMap<>();

        Person(Mapped mapped, int line) {
            this.mapped = mapped;
            this.sheet = mapped.table().name();
            add(mapped, line);
        }

        void add(Mapped from, int line) {
            lines.add(line);
            linesBySheet.computeIfAbsent(from.table().name(), k -> new ArrayList<>()).add(line);
        }

        /**
         * Where the person's rows are: the lines of their own sheet ("2, 3"), then those of another sheet with its name
         * ("2, 3 · الأفراد: 5"), so that a line number is never read under the wrong sheet.
         */
        public String where() {
            StringBuilder out = new StringBuilder();
            linesBySheet.forEach((name, numbers) -> {
                if (out.length() > 0) {
                    out.append(" · ").append(name).append(": ");
                }
                out.append(numbers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
            });
            return out.toString();
        }

        public Verdict verdict() {
            if (problems.stream().anyMatch(Problem::refuses)) {
                return Verdict.REFUSED;
            }
            return existingId == null ? Verdict.CREATE : Verdict.UPDATE;
        }

        public String sheet() { return sheet; }
        public List<Integer> lines() { return lines; }
        public FileForm form() { return form; }
        public List<PastAid> aid() { return aid; }
        public List<Problem> problems() { return problems; }
        /** Files already kept that may be this person, with why (a warning: the import keeps them apart). */
        public Map<Long, Set<Reason>> alike() { return alike; }
        public Long existingId() { return existingId; }
        public String idNumber() { return idNumber; }

        /** Whether the import writes this person: not refused, and not left out by the administrator. */
        public boolean isIncluded() {
            return !leftOut && verdict() != Verdict.REFUSED;
        }

        /** The administrator's choice to import this accepted person or to leave them out of the batch. */
        public void setIncluded(boolean included) {
            this.leftOut = !included;
        }
    }

    /** A sheet and which of its columns holds which field. */
    public record Mapped(SheetReader.Table table, Map<ImportField, Integer> columns) implements java.io.Serializable {
    }

    private final EntityManager em;
    private final PersonalData personalData;
    private final DuplicateCheck duplicates;
    private final LocalDate today;
    private final Map<String, String> categories = new HashMap<>();

    public ImportCheck(EntityManager em, PersonalData personalData, LocalDate today) {
        this.em = em;
        this.personalData = personalData;
        this.duplicates = new DuplicateCheck(em);
        this.today = today;
        for (Category c : em.createQuery("select c from Category c where c.active = true", Category.class).getResultList()) {
            categories.put(ImportValues.word(c.getCode()), c.getCode());
            categories.put(ImportValues.word(c.getName().getAr()), c.getCode());
            categories.put(ImportValues.word(c.getName().getEn()), c.getCode());
        }
    }

    /**
     * Checks the sheets: those with an identity number column give the people, those with a head of household's
     * identity number column add members and past aid to them. The people in the order of their first row.
     */
    public List<Person> check(List<Mapped> sheets) {
        Map<String, Person> byIdentity = new LinkedHashMap<>();
        List<Person> people = new ArrayList<>();
        for (Mapped sheet : sheets) {
            if (sheet.columns().containsKey(ImportField.ID_NUMBER)) {
                people(sheet, byIdentity, people);
            }
        }
        for (Mapped sheet : sheets) {
            if (!sheet.columns().containsKey(ImportField.ID_NUMBER) && sheet.columns().containsKey(ImportField.HEAD_ID_NUMBER)) {
                related(sheet, byIdentity, people);
            }
        }
        Map<String, Integer> mobiles = new HashMap<>();
        for (Person person : people) {
            if (person.verdict() != Verdict.REFUSED && person.idNumber != null) {
                against(person, mobiles);
            }
        }
        return people;
    }

    private void people(Mapped sheet, Map<String, Person> byIdentity, List<Person> people) {
        SheetReader.Table t = sheet.table();
        for (int r = 0; r < t.rows().size(); r++) {
            ImportRow row = new ImportRow(sheet, r, today, categories);
            String id = Digits.only(row.text(ImportField.ID_NUMBER));
            Person known = id == null || id.isEmpty() ? null : byIdentity.get(id);
            if (known != null) {
                // the same person again: a household member or a past aid on this row, or a repeated row
                known.add(sheet, row.line);
                String name = row.text(ImportField.FULL_NAME).isEmpty() ? row.text(ImportField.FIRST_NAME)
                        : row.text(ImportField.FULL_NAME);
                if (!name.isEmpty() && !asKept(name).equals(ImportValues.word(FileImports.nameOf(known)))
                        && !ImportValues.word(name).equals(ImportValues.word(known.form().getFirstName()))) {
                    // another name under the same number: two people, one of them with a wrong number
                    row.refuse(known, has(row, ImportField.FULL_NAME) ? ImportField.FULL_NAME : ImportField.FIRST_NAME,
                            "import.error.sameIdOtherName", known.lines.get(0));
                    continue;
                }
                boolean member = row.member(known);
                boolean aid = row.aid(known);
                if (!member && !aid) {
                    row.warn(known, ImportField.ID_NUMBER, "import.warning.repeated", known.lines.get(0));
                }
                continue;
            }
            Person person = new Person(sheet, row.line);
            people.add(person);
            if (row.text(ImportField.ID_NUMBER).isEmpty()) {
                row.refuse(person, ImportField.ID_NUMBER, "import.error.idMissing");
            } else if (id.length() != 10 || id.charAt(0) != '1' && id.charAt(0) != '2') {
                // not the shape of a number at all ("12345", "abc"): said so, rather than "a wrong check digit"
                row.refuse(person, ImportField.ID_NUMBER, "import.error.idShape");
                if (!id.isEmpty()) {
                    byIdentity.put(id, person);
                }
            } else if (!NationalIds.isValid(id)) {
                row.refuse(person, ImportField.ID_NUMBER, "import.error.idInvalid");
                // the household's next rows, under the same wrong number, join the refused person
                byIdentity.put(id, person);
            } else {
                person.idNumber = id;
                byIdentity.put(id, person);
            }
            row.file(person);
            row.member(person);
            row.aid(person);
        }
    }

    private void related(Mapped sheet, Map<String, Person> byIdentity, List<Person> people) {
        SheetReader.Table t = sheet.table();
        for (int r = 0; r < t.rows().size(); r++) {
            ImportRow row = new ImportRow(sheet, r, today, categories);
            String head = Digits.only(row.text(ImportField.HEAD_ID_NUMBER));
            Person person = head == null ? null : byIdentity.get(head);
            if (person == null) {
                // nobody of the files' sheets has this identity number: the row goes nowhere (reported on its own)
                Person orphan = new Person(sheet, row.line);
                row.refuse(orphan, ImportField.HEAD_ID_NUMBER, "import.error.noHead");
                people.add(orphan);
                continue;
            }
            person.add(sheet, row.line);
            row.member(person);
            row.aid(person);
        }
    }


    /** The checks against what is kept and the other rows: the file to update, and the files that may be this person. */
    private void against(Person person, Map<String, Integer> mobiles) {
        FileForm form = person.form();
        String hash = personalData.lookupHash(person.idNumber);
        em.createQuery("select b.id from Beneficiary b where b.idNumberHash = :h", Long.class).setParameter("h", hash)
                .getResultStream().findFirst().ifPresent(id -> person.existingId = id);
        if (form.getMobile() != null) {
            Integer first = mobiles.putIfAbsent(form.getMobile(), person.lines().get(0));
            if (first != null) {
                person.problems.add(new Problem(person.sheet, person.lines().get(0), heading(person, ImportField.MOBILE),
                        false, "import.warning.sameMobile", List.of(first)));
            }
        }
        try {
            Beneficiary probe = new Beneficiary(form.getChannel(), "import", Instant.EPOCH);
            probe.identify(form.getIdType(), person.idNumber, hash, person.idNumber.substring(6), null);
            probe.describe(form.toDetails(today, personalData), null, "import", Instant.EPOCH);
            Map<Long, Set<Reason>> found = duplicates.candidates(probe);
            if (person.existingId != null) {
                found.remove(person.existingId);
            }
            person.alike.putAll(found);
        } catch (RuleViolation refused) {
            // what the wizard itself would refuse (a birth date after today, a household member without relation)
            person.problems.add(new Problem(person.sheet, person.lines().get(0), "", true, refused.messageKey(),
                    List.of(refused.arguments())));
        }
    }

    private static boolean has(ImportRow row, ImportField field) {
        return row.has(field) && !row.text(field).isEmpty();
    }

    /** A full name as the person's file keeps it ("بن" left out, compound names joined), folded for comparing. */
    private static String asKept(String name) {
        ImportValues.NameParts parts = ImportValues.splitName(name);
        return ImportValues.word(String.join(" ", java.util.stream.Stream.of(parts.first(), parts.father(),
                parts.grandfather(), parts.family()).filter(s -> !s.isBlank()).toList()));
    }

    private static String heading(Person person, ImportField field) {
        Integer column = person.mapped.columns().get(field);
        return column == null ? "" : person.mapped.table().headings().get(column);
    }


    /** How many people the import would create, update and refuse. */
    public static Map<Verdict, Long> counts(List<Person> people) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0L);
        }
        people.forEach(p -> counts.merge(p.verdict(), 1L, Long::sum));
        return counts;
    }


}
