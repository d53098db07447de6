package org.ektefaa.eligibility.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ektefaa.eligibility.control.VisitBook;
import org.ektefaa.eligibility.control.VolunteerResearcher;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.eligibility.entity.VisitPhoto;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.volunteering.api.VolunteerSignedUp;
import org.ektefaa.volunteering.api.VolunteerWithdrew;

/**
 * A home visit offered to approved volunteers (issue #26), from the volunteers' side. The volunteer who takes the
 * field-visit opportunity's place becomes the visit's researcher, in the taking transaction, and stops being it when
 * they give the place back. On their own form ({@code /public/field-visit.xhtml}), with no staff account, they read
 * the household, take photos and sign through the methods here, which decide who they are from the session their
 * personal link opened ({@link VolunteerResearcher}) and check the visit is theirs and still to be done before doing
 * what an employee researcher does, in the volunteer's name.
 */
@ApplicationScoped
@Transactional
public class VolunteerVisits {

    @Inject
    VisitBook book;

    @Inject
    Visits visits;

    @Inject
    VisitPhotos photos;

    @Inject
    VolunteerResearcher volunteer;

    @Inject
    Event<Audited> audited;

    @Inject
    org.ektefaa.platform.api.Caller caller;

    /** Who took or gave back the place: the volunteer in their own session, else the coordinator acting for them. */
    private String actor(String volunteerName) {
        return volunteer.name().filter(volunteerName::equals).orElseGet(caller::name);
    }

    /** The volunteer who took the visit's opportunity is its researcher now (in the taking transaction). */
    void on(@Observes VolunteerSignedUp taken) {
        book.offeredThrough(taken.opportunityId()).filter(v -> Visit.VOLUNTEERS.equals(v.getAssignedTo()))
                .ifPresent(visit -> {
                    visit.takenBy(taken.volunteerId());
                    book.flush();
                    audited.fire(new Audited(actor(visit.getAssignedTo()), "VISIT_TAKEN_BY_VOLUNTEER", "Beneficiary",
                            String.valueOf(visit.getFileId()), "visit " + visit.getId() + " by " + visit.getAssignedTo()));
                    visits.recorded(visit, null);
                });
    }

    /** The volunteer gave the place back: the visit is offered again, and its household no longer theirs to read. */
    void on(@Observes VolunteerWithdrew gaveBack) {
        book.offeredThrough(gaveBack.opportunityId())
                .filter(v -> v.volunteerId().filter(id -> id == gaveBack.volunteerId()).isPresent())
                .ifPresent(visit -> {
                    String was = visit.getAssignedTo();
                    visit.givenBack();
                    book.flush();
                    audited.fire(new Audited(actor(was), "VISIT_GIVEN_BACK_BY_VOLUNTEER", "Beneficiary",
                            String.valueOf(visit.getFileId()), "visit " + visit.getId() + " by " + was));
                });
    }

    /** The visit's card (the household's name, mobile and address, written to the file's access log). */
    @PermitAll
    public Visits.Card card(long id) {
        String me = volunteer.requireOwn(book.find(id));
        return volunteer.as(me, () -> visits.card(id));
    }

    /** The findings and signature, under the volunteer's own name: the visit is done, and the file assessed again. */
    @PermitAll
    public Visit sign(long id, long version, Visit.Report report) {
        String me = volunteer.requireOwn(book.find(id));
        Visit.Report signed = new Visit.Report(report.findings(), report.membersSeen(), report.incomeSeen(),
                report.monthlyDebts(), report.housingCondition(), report.recommendation(), report.note(),
                report.location(), volunteer.fullName().orElse(report.signedName()), report.drawing());
        return volunteer.as(me, () -> visits.sign(id, version, signed));
    }

    /** The name the volunteer of this session signs with. */
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> signingName() {
        return volunteer.fullName();
    }

    @PermitAll
    public VisitPhoto addPhoto(long visitId, byte[] content) {
        String me = volunteer.requireOwn(book.find(visitId));
        return volunteer.as(me, () -> photos.add(visitId, content));
    }

    @PermitAll
    public void removePhoto(long photoId) {
        VisitPhoto photo = book.photo(photoId).orElseThrow(() -> new RuleViolation("visit.error.noPhoto"));
        String me = volunteer.requireOwn(book.find(photo.getVisitId()));
        volunteer.as(me, () -> {
            photos.remove(photoId);
            return null;
        });
    }

    /** The photos of the volunteer's own visit while it is to be done. */
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitPhoto> photos(long visitId) {
        volunteer.requireOwn(book.find(visitId));
        return book.photos(List.of(visitId)).getOrDefault(visitId, List.of());
    }

    /** A photo of the volunteer's own visit while it is to be done; empty for any other (a signed visit's too). */
    @PermitAll
    public Optional<Map.Entry<VisitPhoto, byte[]>> photo(long photoId) {
        Optional<VisitPhoto> photo = book.photo(photoId);
        String me;
        try {
            me = volunteer.requireOwn(photo.flatMap(p -> book.find(p.getVisitId())));
        } catch (RuleViolation notTheirs) {
            return Optional.empty();
        }
        return volunteer.as(me, () -> photos.content(photoId));
    }
}
