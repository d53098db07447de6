package org.ektefaa.beneficiaries.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.ektefaa.beneficiaries.control.FileRecords;
import org.ektefaa.beneficiaries.entity.Beneficiary;
import org.ektefaa.beneficiaries.entity.FileDocument;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.StoredFiles;

/**
 * The documents a file holds (policy §5.2): attached as PDF, JPEG or PNG (checked by content), sealed in the file
 * store outside the web root, listed, and opened by staff with the opening written to the access log.
 */
@ApplicationScoped
@Transactional
public class FileDocuments {

    @PersistenceContext(unitName = "beneficiaries")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FileRecords records;

    @Inject
    StoredFiles documents;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<org.ektefaa.beneficiaries.api.FileChanged> changed;

    /**
     * Attaches a PDF, JPEG or PNG (checked by content) to the file, stored outside the web root; to a signed file
     * past the reception, only as a correction with its reason.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public FileDocument attach(long id, @NotBlank String documentType, @NotNull byte[] content, String originalName,
                               String correctionReason) {
        String by = caller.name();
        Beneficiary file = records.open(id);
        if (file.needsCorrectionReason() && (correctionReason == null || correctionReason.isBlank())) {
            throw new RuleViolation("file.error.correctionReason");
        }
        String type = StoredFiles.accepted(content, "document.error.size", "document.error.type");
        if (em.find(org.ektefaa.beneficiaries.entity.DocumentType.class, documentType) == null) {
            throw new RuleViolation("document.error.kind");
        }
        StoredFiles.Stored stored = documents.store("documents", content, type);
        Instant now = clock.instant();
        FileDocument document = new FileDocument(id, documentType, stored.name(),
                originalName == null ? null : originalName.replaceAll("[^\\p{L}\\p{N}._ -]", "_"), type,
                content.length, stored.sha256(), by, now);
        em.persist(document);
        file.recordDocument(documentType, correctionReason, by, now);
        if (!file.getStatus().isOpenForEditing()
                && file.getStatus() != org.ektefaa.beneficiaries.entity.FileStatus.CLOSED) {
            // a document added after submission may be one a criterion asks for: the file is assessed again
            em.flush();
            changed.fire(new org.ektefaa.beneficiaries.api.FileChanged(id, by, now));
        }
        return document;
    }

    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<FileDocument> documents(long id) {
        return records.documentsOf(id);
    }

    /** A document's bytes, for a signed-in member of staff; written to the access log as an opening. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public byte[] documentContent(long documentId) {
        FileDocument document = em.find(FileDocument.class, documentId);
        if (document == null) {
            throw new RuleViolation("file.error.missing");
        }
        records.open(document.getBeneficiaryId());
        return documents.read("documents", document.getStoredName());
    }
}
