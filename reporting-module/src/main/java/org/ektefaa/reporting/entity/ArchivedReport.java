package org.ektefaa.reporting.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.platform.api.InstantConverter;

/** A report as it was produced: the PDF, its parameters and its SHA-256. */
@Entity
@Table(name = "rep_archive")
public class ArchivedReport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false)
    private String language;

    private String parameters;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "generated_by", nullable = false)
    private String generatedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    protected ArchivedReport() {
    }

    public ArchivedReport(String kind, LocalDate periodStart, LocalDate periodEnd, String language, String parameters,
                          byte[] pdf, String sha256, String by, Instant at) {
        this.pdf = pdf;
        this.kind = kind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.language = language;
        this.parameters = parameters;
        this.sha256 = sha256;
        this.sizeBytes = pdf.length;
        this.generatedBy = by;
        this.generatedAt = at;
    }

    /** The archive listing: everything but the PDF itself. */
    public ArchivedReport(Long id, String kind, LocalDate periodStart, LocalDate periodEnd, String language,
                          String parameters, String sha256, long sizeBytes, String generatedBy, Instant generatedAt) {
        this.id = id;
        this.kind = kind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.language = language;
        this.parameters = parameters;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.generatedBy = generatedBy;
        this.generatedAt = generatedAt;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getLanguage() {
        return language;
    }

    public String getParameters() {
        return parameters;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }
}
