package org.ektefaa.satisfaction.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.satisfaction.boundary.Suggestions;
import org.ektefaa.satisfaction.boundary.Invitations;
import org.ektefaa.satisfaction.entity.Invitation;
import org.ektefaa.satisfaction.entity.InvitationStatus;
import org.ektefaa.satisfaction.entity.SuggestionStatus;
import org.ektefaa.satisfaction.entity.SurveyResponse;

/**
 * Invitation tracking (sent, opened, answered, expired) and the suggestions feed, where suggestions get
 * themes and a status so that they become improvement actions (policy §3.7). A suggestion shows its
 * request only when the person did not ask to stay anonymous (§3.6).
 */
@Named
@ViewScoped
public class TrackingView implements Serializable {

    @Inject
    java.time.Clock clock;

    /** Where an invitation stands now: expired once its link has, before the hourly timer records it (issue #22). */
    public org.ektefaa.satisfaction.entity.InvitationStatus statusOf(org.ektefaa.satisfaction.entity.Invitation invitation) {
        return invitation.statusAt(clock.instant());
    }

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;


    @Inject
    Suggestions suggestionBoard;

    @Inject
    Invitations invitationQueries;

    private InvitationStatus status;
    private SuggestionStatus suggestionStatus = SuggestionStatus.NEW;
    private final Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
    private List<Invitation> invitations;
    private List<SurveyResponse> suggestions;
    private final Map<Long, String> tags = new java.util.HashMap<>();
    private final Map<Long, String> moves = new java.util.HashMap<>();

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        for (InvitationStatus s : InvitationStatus.values()) {
            counts.put(s, invitationQueries.countInvitations(s));
        }
        invitations = invitationQueries.invitations(status, 0, PAGE);
        suggestions = suggestionBoard.suggestions(suggestionStatus, 0, PAGE);
        tags.clear();
        moves.clear();
        for (SurveyResponse response : suggestions) {
            tags.put(response.getId(), response.getSuggestionTags());
            moves.put(response.getId(), response.getSuggestionStatus().name());
        }
    }

    public void review(SurveyResponse response) {
        try {
            suggestionBoard.review(response.getId(), response.getVersion(), SuggestionStatus.valueOf(moves.get(response.getId())),
                    tags.get(response.getId()));
            notices.info("sat", "suggestions.saved");
        } catch (RuleViolation violation) {
            notices.refused("sat", violation);
        } catch (OptimisticLockException concurrent) {
            notices.editedMeanwhile();
        }
        load();
    }

    public InvitationStatus[] getStatuses() {
        return InvitationStatus.values();
    }

    public SuggestionStatus[] getSuggestionStatuses() {
        return SuggestionStatus.values();
    }

    public Map<Long, String> getTags() {
        return tags;
    }

    public Map<Long, String> getMoves() {
        return moves;
    }

    public Map<InvitationStatus, Long> getCounts() {
        return counts;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public void setStatus(InvitationStatus status) {
        this.status = status;
    }

    public SuggestionStatus getSuggestionStatus() {
        return suggestionStatus;
    }

    public void setSuggestionStatus(SuggestionStatus suggestionStatus) {
        this.suggestionStatus = suggestionStatus;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }

    public List<SurveyResponse> getSuggestions() {
        return suggestions;
    }
}
