package org.ektefaa.eligibility.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.eligibility.control.VisitBook;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.eligibility.entity.VisitPhoto;
import org.ektefaa.eligibility.entity.VisitStatus;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.protect.StoredFiles;

/**
 * Photos of a home visit (issue #26): the researcher the visit is given to takes them on the phone while the visit
 * is to be done (JPEG or PNG, checked by content, at most {@link VisitPhoto#MAX_PER_VISIT}, each within the upload
 * limit), and may take one back before signing; once signed they stay with the findings. They are kept sealed in the
 * file store like the file's documents, and opened by the staff who read the file's eligibility; each opening is
 * audited. No photo's content reaches a log.
 */
@ApplicationScoped
@Transactional
public class VisitPhotos {

    static final String AREA = "visits";

    @Inject
    VisitBook book;

    @Inject
    StoredFiles files;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    /** Adds a photo to the visit: only its researcher, while it is to be done. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public VisitPhoto add(long visitId, byte[] content) {
        String by = caller.name();
        Visit visit = openAndMine(visitId, by);
        String type = StoredFiles.accepted(content, "visit.error.photoSize", "visit.error.photoType");
        if (!type.startsWith("image/")) {
            throw new RuleViolation("visit.error.photoType");
        }
        if (book.photoCount(visitId) >= VisitPhoto.MAX_PER_VISIT) {
            throw new RuleViolation("visit.error.photoCount", VisitPhoto.MAX_PER_VISIT);
        }
        StoredFiles.Stored stored = files.store(AREA, content, type);
        VisitPhoto photo = new VisitPhoto(visitId, stored.name(), type, content.length, stored.sha256(), by,
                clock.instant());
        book.keep(photo);
        book.flush();
        audited.fire(new Audited(by, "VISIT_PHOTO_ADDED", "Beneficiary", String.valueOf(visit.getFileId()),
                "visit " + visitId + ", photo " + photo.getId()));
        return photo;
    }

    /** Takes a photo back before the visit is signed: only its researcher. */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public void remove(long photoId) {
        String by = caller.name();
        VisitPhoto photo = book.photo(photoId).orElseThrow(() -> new RuleViolation("visit.error.noPhoto"));
        Visit visit = openAndMine(photo.getVisitId(), by);
        book.remove(photo);
        audited.fire(new Audited(by, "VISIT_PHOTO_REMOVED", "Beneficiary", String.valueOf(visit.getFileId()),
                "visit " + visit.getId() + ", photo " + photoId));
    }

    /** The photos of the visits given (a file's visits), by visit, in the order taken. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Map<Long, List<VisitPhoto>> of(Collection<Long> visitIds) {
        return book.photos(visitIds);
    }

    /**
     * A photo and its image, for the staff who read the file's eligibility; while the visit is to be done, only its
     * researcher. The opening is audited.
     */
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public Optional<Map.Entry<VisitPhoto, byte[]>> content(long photoId) {
        String by = caller.name();
        Optional<VisitPhoto> found = book.photo(photoId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        VisitPhoto photo = found.get();
        Visit visit = book.find(photo.getVisitId()).orElse(null);
        if (visit == null || visit.getStatus() == VisitStatus.ASSIGNED && !visit.getAssignedTo().equals(by)) {
            return Optional.empty();
        }
        audited.fire(new Audited(by, "VISIT_PHOTO_OPENED", "Beneficiary", String.valueOf(visit.getFileId()),
                "visit " + visit.getId() + ", photo " + photoId));
        return Optional.of(Map.entry(photo, files.read(AREA, photo.getStoredName())));
    }

    private Visit openAndMine(long visitId, String by) {
        Visit visit = book.find(visitId).filter(v -> v.getAssignedTo().equals(by))
                .orElseThrow(() -> new RuleViolation("visit.error.notYours"));
        if (visit.getStatus() != VisitStatus.ASSIGNED) {
            throw new RuleViolation("visit.error.closed");
        }
        return visit;
    }
}
