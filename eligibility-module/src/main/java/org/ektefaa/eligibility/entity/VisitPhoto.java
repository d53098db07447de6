package org.ektefaa.eligibility.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A photo taken at a home visit (issue #26): the home's state as the researcher saw it. The image is kept sealed in
 * the file store under a random name; this row says which visit it belongs to, what it is and who took it when.
 */
@Entity
@Table(name = "elg_visit_photo")
public class VisitPhoto implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most photos a visit keeps. */
    public static final int MAX_PER_VISIT = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(name = "stored_name", nullable = false, updatable = false)
    private String storedName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected VisitPhoto() {
    }

    public VisitPhoto(long visitId, String storedName, String contentType, int sizeBytes, String sha256, String addedBy,
                      Instant addedAt) {
        this.visitId = visitId;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public long getVisitId() {
        return visitId;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
