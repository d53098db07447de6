package org.ektefaa.satisfaction.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.InstantConverter;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.requests.api.RequestType;

/**
 * One version of a questionnaire. A template is never edited in place: {@link #revise} makes the next
 * version of the same family and retires this one, so every answer stays tied to the exact questions it
 * answered (issue: versioned templates). A template applies to one request type and/or channel, or to all
 * when they are empty; the most specific current template is chosen for an invitation.
 */
@Entity
@Table(name = "sat_template")
public class SurveyTemplate implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String family;

    @Column(nullable = false)
    private int revision;

    @Embedded
    private LocalizedName name;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type")
    private RequestType requestType;

    @Enumerated(EnumType.STRING)
    private ContactChannel channel;

    @Column(nullable = false)
    private boolean current;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sat_template_question", joinColumns = @JoinColumn(name = "template_id"))
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected SurveyTemplate() {
    }

    public SurveyTemplate(String family, LocalizedName name, RequestType requestType, ContactChannel channel,
                          List<SurveyQuestion> questions, String by, Instant at) {
        this.family = family;
        this.revision = 1;
        this.name = name;
        this.requestType = requestType;
        this.channel = channel;
        this.questions = new ArrayList<>(questions);
        this.current = true;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** The next version, with new wording or questions; this one stops being offered. */
    public SurveyTemplate revise(LocalizedName newName, List<SurveyQuestion> newQuestions, String by, Instant at) {
        SurveyTemplate next = new SurveyTemplate(family, newName, requestType, channel, newQuestions, by, at);
        next.revision = revision + 1;
        this.current = false;
        return next;
    }

    /** How well this template fits a request: -1 when it does not apply, higher when more specific. */
    public int fit(RequestType type, ContactChannel on) {
        if ((requestType != null && requestType != type) || (channel != null && channel != on)) {
            return -1;
        }
        return (requestType == null ? 0 : 2) + (channel == null ? 0 : 1);
    }

    public Optional<SurveyQuestion> question(Question which) {
        return questions.stream().filter(q -> q.getQuestion() == which).findFirst();
    }

    public boolean asks(Question which) {
        return question(which).isPresent();
    }

    public List<SurveyQuestion> getQuestions() {
        return questions.stream().sorted(Comparator.comparingInt(SurveyQuestion::getPosition)).toList();
    }

    public Long getId() {
        return id;
    }

    public String getFamily() {
        return family;
    }

    public int getRevision() {
        return revision;
    }

    public LocalizedName getName() {
        return name;
    }

    public RequestType getRequestType() {
        return requestType;
    }

    public ContactChannel getChannel() {
        return channel;
    }

    public boolean isCurrent() {
        return current;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
