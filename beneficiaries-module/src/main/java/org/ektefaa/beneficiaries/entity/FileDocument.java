package org.ektefaa.beneficiaries.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document uploaded to a file. The bytes live outside the web root under a random name
 * ({@code storedName}); the original name is kept only to show it.
 */
@Entity
@Table(name = "ben_document")
@NamedQuery(name = FileDocument.OF_FILE,
        query = "select d from FileDocument d where d.beneficiaryId = :id order by d.uploadedAt")
public class FileDocument implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_FILE = "FileDocument.ofFile";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private long beneficiaryId;

    @Column(name = "document_type", nullable = false, updatable = false)
    private String documentType;

    @Column(name = "stored_name", nullable = false, updatable = false, unique = true)
    private String storedName;

    @Column(name = "original_name", updatable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected FileDocument() {
    }

    public FileDocument(long beneficiaryId, String documentType, String storedName, String originalName,
                        String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
        this.beneficiaryId = beneficiaryId;
        this.documentType = documentType;
        this.storedName = storedName;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getDocumentType() {
        return documentType;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
