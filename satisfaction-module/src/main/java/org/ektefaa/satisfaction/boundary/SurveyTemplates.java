package org.ektefaa.satisfaction.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.LocalizedName;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.satisfaction.entity.SurveyQuestion;
import org.ektefaa.satisfaction.entity.SurveySettings;
import org.ektefaa.satisfaction.entity.SurveyTemplate;

/**
 * The questionnaires and their settings (policy §3.5, §3.7): versioned, so that an answer keeps the version it was
 * asked with; one per request type and/or channel; how long a link lives, when the reminder goes, the smallest group
 * whose figures are shown and the score that asks for a call back.
 */
@ApplicationScoped
@Transactional
public class SurveyTemplates {

    @PersistenceContext(unitName = "satisfaction")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<SurveyTemplate> currentTemplates() {
        return em.createQuery("select t from SurveyTemplate t where t.current = true order by t.family", SurveyTemplate.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<SurveyTemplate> versions(String family) {
        return em.createQuery("select t from SurveyTemplate t where t.family = :f order by t.revision desc",
                SurveyTemplate.class).setParameter("f", family).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Optional<SurveyTemplate> template(long id) {
        return Optional.ofNullable(em.find(SurveyTemplate.class, id));
    }

    /** Saves the designer's changes as the next version; answers already given keep their version. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public SurveyTemplate revise(long currentId, LocalizedName name, List<SurveyQuestion> questions) {
        String by = caller.name();
        SurveyTemplate current = em.find(SurveyTemplate.class, currentId, LockModeType.PESSIMISTIC_WRITE);
        if (current == null || !current.isCurrent()) {
            throw new OptimisticLockException(current);
        }
        validate(name, questions);
        SurveyTemplate next = current.revise(name, questions, by, clock.instant());
        em.persist(next);
        em.flush();
        audited.fire(new Audited(by, "SURVEY_TEMPLATE_REVISED", "SurveyTemplate", String.valueOf(next.getId()),
                next.getFamily() + " v" + next.getRevision()));
        return next;
    }

    /** A new questionnaire for one request type and/or channel. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public SurveyTemplate create(String family, LocalizedName name, RequestType type,
                                 org.ektefaa.platform.api.ContactChannel channel, List<SurveyQuestion> questions) {
        String by = caller.name();
        String code = family == null ? "" : family.trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_]{2,40}") || !versions(code).isEmpty()) {
            throw new RuleViolation("designer.error.family");
        }
        boolean taken = currentTemplates().stream().anyMatch(t -> t.getRequestType() == type && t.getChannel() == channel);
        if (taken) {
            throw new RuleViolation("designer.error.scopeTaken");
        }
        validate(name, questions);
        SurveyTemplate template = new SurveyTemplate(code, name, type, channel, questions, by, clock.instant());
        em.persist(template);
        return template;
    }

    private static void validate(LocalizedName name, List<SurveyQuestion> questions) {
        if (name == null || name.getAr() == null || name.getAr().isBlank() || name.getEn() == null || name.getEn().isBlank()) {
            throw new RuleViolation("designer.error.name");
        }
        if (questions.isEmpty() || questions.stream().noneMatch(q -> q.getQuestion().isScale())) {
            throw new RuleViolation("designer.error.noQuestion");
        }
        if (questions.stream().anyMatch(q -> q.getTextAr().isBlank() || q.getTextEn().isBlank()
                || q.getTextAr().length() > 300 || q.getTextEn().length() > 300)) {
            throw new RuleViolation("designer.error.wording");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public SurveySettings settings() {
        return em.find(SurveySettings.class, SurveySettings.ID);
    }

    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void changeSettings(long expectedVersion, int expiryDays, int reminderAfterDays, int minGroupSize,
                               int lowScore) {
        String by = caller.name();
        SurveySettings settings = settings();
        Versioned.asSeen(settings, expectedVersion);
        settings.change(expiryDays, reminderAfterDays, minGroupSize, lowScore);
        audited.fire(new Audited(by, "SURVEY_SETTINGS_CHANGED", "SurveySettings", "1", null));
    }
}
