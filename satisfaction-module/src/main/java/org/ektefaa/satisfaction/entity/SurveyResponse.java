package org.ektefaa.satisfaction.entity;

import org.ektefaa.platform.api.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.api.RequestType;

/**
 * One person's answer to a survey. When they chose anonymity (policy §3.6) the request it answered is
 * not recorded, only what the indicators need (type, channel, service, template version). The suggestion,
 * if any, goes to the quality officer's feed with tags and a status.
 */
@Entity
@Table(name = "sat_response")
public class SurveyResponse implements Versioned, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The scores as given; null where a question was skipped or not asked. */
    public record Scores(Integer overall, Integer speed, Integer courtesy, Integer clarity, Integer effort,
                         Integer recommend) {

        public Integer of(Question question) {
            return switch (question) {
                case OVERALL -> overall;
                case SPEED -> speed;
                case COURTESY -> courtesy;
                case CLARITY -> clarity;
                case EFFORT -> effort;
                case RECOMMEND -> recommend;
                case SUGGESTION -> null;
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "invitation_id")
    private Long invitationId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "template_id")
    private SurveyTemplate template;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType requestType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactChannel channel;

    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "served_by")
    private String servedBy;

    private Integer overall;
    private Integer speed;
    private Integer courtesy;
    private Integer clarity;
    private Integer effort;
    private Integer recommend;

    private String suggestion;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(nullable = false)
    private boolean kiosk;

    @Convert(converter = InstantConverter.class)
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "follow_up", nullable = false)
    private boolean followUp;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggestion_status")
    private SuggestionStatus suggestionStatus;

    @Column(name = "suggestion_tags")
    private String suggestionTags;

    @Version
    private long version;

    protected SurveyResponse() {
    }

    /** The answer to {@code invitation}; scores outside a question's scale, or to questions not asked, are refused. */
    public SurveyResponse(Invitation invitation, Scores scores, String suggestion, boolean anonymous, Instant at) {
        SurveyTemplate asked = invitation.getTemplate();
        for (Question question : Question.values()) {
            Integer score = scores.of(question);
            if (score != null && (!asked.asks(question) || !question.accepts(score))) {
                throw new RuleViolation("survey.error.score");
            }
        }
        if (scores.overall() == null && asked.asks(Question.OVERALL)) {
            throw new RuleViolation("survey.error.overallRequired");
        }
        this.invitationId = invitation.getId();
        this.template = asked;
        this.anonymous = anonymous;
        this.requestId = anonymous ? null : invitation.getRequestId();
        this.trackingNumber = anonymous ? null : invitation.getTrackingNumber();
        this.requestType = invitation.getRequestType();
        this.channel = invitation.getChannel();
        this.serviceCode = invitation.getServiceCode();
        this.servedBy = invitation.getServedBy();
        this.kiosk = invitation.isKiosk();
        this.overall = scores.overall();
        this.speed = scores.speed();
        this.courtesy = scores.courtesy();
        this.clarity = scores.clarity();
        this.effort = scores.effort();
        this.recommend = scores.recommend();
        String text = suggestion == null ? "" : suggestion.strip();
        if (!text.isEmpty() && asked.asks(Question.SUGGESTION)) {
            this.suggestion = text.length() > 2000 ? text.substring(0, 2000) : text;
            this.suggestionStatus = SuggestionStatus.NEW;
        }
        this.answeredAt = at;
    }

    /** Whether the answer asks for service recovery: overall at or below {@code lowScore}. */
    public boolean isLow(int lowScore) {
        return overall != null && overall <= lowScore;
    }

    public void followUpOpened() {
        this.followUp = true;
    }

    /** The quality officer files the suggestion under themes and moves it on. */
    public void review(SuggestionStatus status, String tags) {
        if (suggestion == null) {
            throw new RuleViolation("survey.error.noSuggestion");
        }
        this.suggestionStatus = status;
        this.suggestionTags = tags == null ? null : Arrays.stream(tags.split("[,،]"))
                .map(String::strip).filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)).distinct()
                .collect(Collectors.joining(", "));
        if (this.suggestionTags != null && this.suggestionTags.length() > 300) {
            throw new RuleViolation("survey.error.tags");
        }
    }

    public List<String> getTagList() {
        return suggestionTags == null || suggestionTags.isBlank() ? List.of() : List.of(suggestionTags.split(", "));
    }

    public Scores getScores() {
        return new Scores(overall, speed, courtesy, clarity, effort, recommend);
    }

    public Long getId() {
        return id;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public SurveyTemplate getTemplate() {
        return template;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public RequestType getRequestType() {
        return requestType;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getServedBy() {
        return servedBy;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isKiosk() {
        return kiosk;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isFollowUp() {
        return followUp;
    }

    public SuggestionStatus getSuggestionStatus() {
        return suggestionStatus;
    }

    public String getSuggestionTags() {
        return suggestionTags;
    }

    public long getVersion() {
        return version;
    }
}
