package org.ektefaa.eligibility.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.eligibility.api.Standing;
import org.ektefaa.eligibility.boundary.Visits;
import org.ektefaa.eligibility.entity.HousingCondition;
import org.ektefaa.eligibility.entity.Recommendation;
import org.ektefaa.eligibility.entity.Visit;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.StaffDirectory;
import org.ektefaa.platform.api.web.Notices;

/**
 * The visit's form (issue #26), opened on a phone at the household's door. Who: the researcher the visit is given to,
 * and nobody else (the address stays with them). What they must record: for each criterion the file was assessed on,
 * whether the home confirms it; how many live there, the income and the monthly debt repayments they saw, the state
 * of the home, a note, where they are (optional), a recommendation; then sign with their name and finger. What they
 * need in front of them: the household's name, number, address and mobile, the members and income the file declares,
 * and the criteria in words. Nothing typed is lost when something is missing: the page says what, and keeps the rest.
 */
@Named
@ViewScoped
public class VisitView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A finding's three answers on the form. */
    public static final String CONFIRMED = "CONFIRMED";
    public static final String NOT_CONFIRMED = "NOT_CONFIRMED";
    public static final String NOT_CHECKED = "NOT_CHECKED";

    @Inject
    Visits visits;

    @Inject
    StaffDirectory staff;

    @Inject
    Notices notices;

    @Inject
    org.ektefaa.eligibility.boundary.VisitPhotos photoBook;

    /** The visit's photos taken so far (read again after each change). */
    private List<org.ektefaa.eligibility.entity.VisitPhoto> photos;

    private Long id;
    private Visits.Card card;
    private final Map<String, String> findings = new LinkedHashMap<>();
    private Integer membersSeen;
    private BigDecimal incomeSeen;
    private BigDecimal monthlyDebts;
    private HousingCondition housingCondition;
    private Recommendation recommendation;
    private String note;
    private String location;
    private String signedName;
    private String drawing;

    /**
     * A volunteer who took a visit offered to volunteers opens the same form on {@code /public/field-visit.xhtml},
     * with no staff sign-in: every call then goes to the boundaries' {@code …ForVolunteer} methods, which decide who
     * they are from the session their personal link opened.
     */
    private boolean volunteer;

    @Inject
    org.ektefaa.eligibility.boundary.VolunteerVisits volunteerVisits;

    /** Reads the visit for the researcher it is given to; anyone else sees why not, and no form. */
    public void load() {
        if (id == null || card != null) {
            return;
        }
        volunteer = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null;
        try {
            card = read(id);
            for (Standing.Line line : criteria()) {
                findings.putIfAbsent(key(line), NOT_CHECKED);
            }
            signedName = volunteer ? volunteerVisits.signingName().orElse(null)
                    : staff.displayName(card.visit().getAssignedTo()).orElse(null);
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
    }

    private Visits.Card read(long visitId) {
        return volunteer ? volunteerVisits.card(visitId) : visits.card(visitId);
    }

    public boolean isVolunteer() {
        return volunteer;
    }

    /** Where a photo of this visit is opened from: the staff's address, or the volunteer's. */
    public String getPhotoPath() {
        return volunteer ? "/public/field-visit-photo" : "/eligibility/visit-photo";
    }

    /** The photos taken of the home so far, in the order taken. */
    public List<org.ektefaa.eligibility.entity.VisitPhoto> getPhotos() {
        if (photos == null) {
            try {
                photos = card == null ? List.of() : volunteer ? volunteerVisits.photos(card.visit().getId())
                        : photoBook.of(List.of(card.visit().getId())).getOrDefault(card.visit().getId(), List.of());
            } catch (RuleViolation noLongerTheirs) {
                photos = List.of(); // the volunteer gave the place back meanwhile
            }
        }
        return photos;
    }

    public int getPhotoLimit() {
        return org.ektefaa.eligibility.entity.VisitPhoto.MAX_PER_VISIT;
    }

    /** A photo taken with the phone's camera (or chosen): kept at once, so that nothing is lost before signing. */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        if (card == null) {
            return;
        }
        try {
            if (volunteer) {
                volunteerVisits.addPhoto(card.visit().getId(), event.getFile().getContent());
            } else {
                photoBook.add(card.visit().getId(), event.getFile().getContent());
            }
            notices.info("elg", "visit.photoAdded");
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
        photos = null;
    }

    public void removePhoto(long photoId) {
        try {
            if (volunteer) {
                volunteerVisits.removePhoto(photoId);
            } else {
                photoBook.remove(photoId);
            }
            notices.info("elg", "visit.photoRemoved");
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        }
        photos = null;
    }

    /** The criteria to check at the home: those the file was assessed on (not the visit's own line). */
    public List<Standing.Line> criteria() {
        if (card == null || card.standing() == null) {
            return List.of();
        }
        return card.standing().criteria().stream().filter(l -> !l.code().startsWith("VISIT")).toList();
    }

    /** What the researcher answers a criterion by (its kind, and the document for a required document). */
    public String key(Standing.Line criterion) {
        return org.ektefaa.eligibility.control.Evaluation.findingKey(criterion);
    }

    /** The household's address as one line, in the page's language. */
    public String getAddress() {
        if (card == null || card.address() == null) {
            return "";
        }
        String separator = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage().equals("ar") ? "، " : ", ";
        return java.util.stream.Stream.of(card.address().city(), card.address().district(), card.address().address())
                .filter(part -> part != null && !part.isBlank()).collect(java.util.stream.Collectors.joining(separator));
    }

    public void sign() throws IOException {
        Map<String, Boolean> found = new LinkedHashMap<>();
        findings.forEach((code, answer) -> found.put(code, CONFIRMED.equals(answer) ? Boolean.TRUE
                : NOT_CONFIRMED.equals(answer) ? Boolean.FALSE : null));
        try {
            Visit.Report report = new Visit.Report(found, membersSeen, incomeSeen, monthlyDebts, housingCondition,
                    recommendation, note, location, signedName, drawing);
            if (volunteer) {
                volunteerVisits.sign(card.visit().getId(), card.visit().getVersion(), report);
            } else {
                visits.sign(card.visit().getId(), card.visit().getVersion(), report);
            }
            notices.info("elg", volunteer ? "visit.volunteerForm.done" : "visit.signed");
            notices.keepForRedirect();
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + (volunteer ? "/public/volunteer-home.xhtml" : "/eligibility/visits.xhtml"));
        } catch (RuleViolation refused) {
            notices.refused("elg", refused);
        } catch (OptimisticLockException concurrent) {
            // someone changed the visit meanwhile (given to another, cancelled): read it again; what was typed stays
            notices.editedMeanwhile();
            Long shown = card.visit().getId();
            card = null;
            try {
                card = read(shown);
            } catch (RuleViolation refused) {
                notices.refused("elg", refused);
            }
        }
    }

    public boolean isOpen() {
        return card != null && card.visit().getStatus() == org.ektefaa.eligibility.entity.VisitStatus.ASSIGNED;
    }

    public List<String> getAnswers() {
        return List.of(CONFIRMED, NOT_CONFIRMED, NOT_CHECKED);
    }

    public List<HousingCondition> getConditions() {
        return List.of(HousingCondition.values());
    }

    public List<Recommendation> getRecommendations() {
        return new ArrayList<>(List.of(Recommendation.values()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Visits.Card getCard() {
        return card;
    }

    public Map<String, String> getFindings() {
        return findings;
    }

    public Integer getMembersSeen() {
        return membersSeen;
    }

    public void setMembersSeen(Integer membersSeen) {
        this.membersSeen = membersSeen;
    }

    public BigDecimal getIncomeSeen() {
        return incomeSeen;
    }

    public void setIncomeSeen(BigDecimal incomeSeen) {
        this.incomeSeen = incomeSeen;
    }

    public BigDecimal getMonthlyDebts() {
        return monthlyDebts;
    }

    public void setMonthlyDebts(BigDecimal monthlyDebts) {
        this.monthlyDebts = monthlyDebts;
    }

    public HousingCondition getHousingCondition() {
        return housingCondition;
    }

    public void setHousingCondition(HousingCondition housingCondition) {
        this.housingCondition = housingCondition;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getSignedName() {
        return signedName;
    }

    public void setSignedName(String signedName) {
        this.signedName = signedName;
    }

    public String getDrawing() {
        return drawing;
    }

    public void setDrawing(String drawing) {
        this.drawing = drawing;
    }
}
