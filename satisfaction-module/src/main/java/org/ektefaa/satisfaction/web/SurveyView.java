package org.ektefaa.satisfaction.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.satisfaction.boundary.Surveys;
import org.ektefaa.satisfaction.boundary.Surveys.LinkState;
import org.ektefaa.satisfaction.entity.Question;
import org.ektefaa.satisfaction.entity.SurveyQuestion;
import org.ektefaa.satisfaction.entity.SurveyResponse;

/**
 * The survey a person answers: {@code /public/survey.xhtml?t=...} from the link they received, or the
 * reception kiosk for a visit. One answer per invitation; a used, expired or unknown link gets a polite page.
 */
@Named
@ViewScoped
public class SurveyView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    org.ektefaa.requests.api.RequestDirectory requests;

    /** Which request and service the survey is about (issue #22: the person knows what they are rating). */
    private String trackingNumber;
    private String subject;

    private String token;
    private LinkState state;
    private Long invitationId;
    private List<SurveyQuestion> questions = List.of();
    private final Map<Question, Integer> scores = new EnumMap<>(Question.class);
    private String suggestion;
    private boolean anonymous;
    private boolean done;
    private boolean followUp;
    private boolean optedOut;

    /** {@code f:viewAction}: opens the link once per view. */
    public void open() {
        if (state == null) {
            show(surveys.open(token));
        }
    }

    /** The kiosk hands over the invitation of the visit it found. */
    public void openKiosk(long invitation) {
        reset();
        show(surveys.openKiosk(invitation));
    }

    private void show(Surveys.Opened opened) {
        state = opened.state();
        invitationId = opened.invitationId();
        questions = opened.template() == null ? List.of() : opened.template().getQuestions();
        trackingNumber = opened.trackingNumber();
        subject = subjectOf(opened);
    }

    /** The service by its name in the page's language, or else the kind of request. */
    private String subjectOf(Surveys.Opened opened) {
        if (opened.trackingNumber() == null) {
            return null;
        }
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        java.util.Locale locale = faces.getViewRoot().getLocale();
        if (opened.serviceCode() != null) {
            String name = requests.serviceNames(locale).get(opened.serviceCode());
            if (name != null) {
                return name;
            }
        }
        return opened.requestType() == null ? null
                : faces.getApplication().getResourceBundle(faces, "req").getString("RequestType." + opened.requestType());
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getSubject() {
        return subject;
    }

    public void submit() {
        try {
            SurveyResponse response = surveys.answer(invitationId, new SurveyResponse.Scores(scores.get(Question.OVERALL),
                    scores.get(Question.SPEED), scores.get(Question.COURTESY), scores.get(Question.CLARITY),
                    scores.get(Question.EFFORT), scores.get(Question.RECOMMEND)), suggestion, anonymous);
            done = true;
            followUp = response.isFollowUp();
        } catch (RuleViolation violation) {
            if ("survey.error.used".equals(violation.messageKey())) {
                state = LinkState.USED;
            } else if ("survey.error.expired".equals(violation.messageKey())) {
                state = LinkState.EXPIRED;
            } else {
                notices.refused("sat", violation);
            }
        }
    }

    public void optOut() {
        optedOut = surveys.optOut(token);
    }

    public void reset() {
        state = null;
        trackingNumber = null;
        subject = null;
        invitationId = null;
        questions = List.of();
        scores.clear();
        suggestion = null;
        anonymous = false;
        done = false;
        followUp = false;
    }

    public boolean isAnswerable() {
        return state == LinkState.ANSWERABLE && !done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public LinkState getState() {
        return state;
    }

    public List<SurveyQuestion> getQuestions() {
        return questions;
    }

    public Map<Question, Integer> getScores() {
        return scores;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isFollowUp() {
        return followUp;
    }

    public boolean isOptedOut() {
        return optedOut;
    }
}
