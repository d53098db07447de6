package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mapping of an association's spreadsheet headings to the file's fields, saved under a name (issue #25) so that the
 * next file with the same headings — next year's sheet, the other branch's — is mapped without choosing again.
 * Each column is named by its sheet's place and its heading as compared (folded: hamza forms, ة/ه, letter case), so
 * that the same heading on two sheets (a name on the files' sheet and on the members' sheet) keeps its own field.
 */
@Entity
@Table(name = "ben_import_mapping")
public class ImportMapping implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The most a mapping's text holds (its column). */
    public static final int LONGEST = 8000;

    /** The field of a column the administrator left out. */
    public static final String LEFT_OUT = "-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "columns_text", nullable = false, length = 8000)
    private String columnsText;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected ImportMapping() {
    }

    public ImportMapping(String name, Map<String, String> fieldsByColumn, String by, Instant at) {
        this.name = name;
        save(fieldsByColumn, by, at);
    }

    /** Replaces the mapping. */
    public final void save(Map<String, String> fieldsByColumn, String by, Instant at) {
        StringBuilder text = new StringBuilder();
        fieldsByColumn.forEach((heading, field) -> text.append(heading.replace('\t', ' ').replace('\n', ' '))
                .append('\t').append(field).append('\n'));
        this.columnsText = text.toString();
        this.savedBy = by;
        this.savedAt = at;
    }

    /** The field of each (folded) heading. */
    public Map<String, String> fieldsByColumn() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : columnsText.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                fields.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return fields;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
}
