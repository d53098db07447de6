package org.ektefaa.reporting.boundary;

import org.ektefaa.platform.api.Versioned;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ektefaa.platform.api.Audited;
import org.ektefaa.platform.api.Caller;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.entity.ImprovementAction;
import org.ektefaa.reporting.entity.Targets;

/**
 * What the quality officer aims at and does about it (policy §3.6–§3.7): the targets the reports compare with, and the
 * improvement actions adopted for a period, which the board's report lists.
 */
@ApplicationScoped
@Transactional
public class ImprovementPlan {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<Audited> audited;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public Targets targets() {
        return em.find(Targets.class, Targets.ID);
    }

    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void changeTargets(long expectedVersion, BigDecimal csat, BigDecimal nps, BigDecimal within, BigDecimal median,
                              BigDecimal response) {
        String by = caller.name();
        Targets targets = targets();
        Versioned.asSeen(targets, expectedVersion);
        targets.change(csat, nps, within, median, response);
        audited.fire(new Audited(by, "TARGETS_CHANGED", "Targets", "1", null));
    }

    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public ImprovementAction addAction(@NotNull LocalDate periodStart, String text, String owner, LocalDate due) {
        String by = caller.name();
        ImprovementAction action = new ImprovementAction(periodStart, text(text), owner(owner), due, by, clock.instant());
        em.persist(action);
        return action;
    }

    /** Corrects an action's text, owner or due date, as the person saw it; audited. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void changeAction(long id, long expectedVersion, String text, String owner, LocalDate due) {
        String by = caller.name();
        ImprovementAction action = open(id, expectedVersion);
        // what it said before: an archived board report may have printed it (review of #23)
        String before = "was: " + action.getText() + " | " + action.getOwner() + " | " + action.getDueOn();
        action.change(text(text), owner(owner), due);
        em.flush();
        audited.fire(new Audited(by, "ACTION_CHANGED", "ImprovementAction", String.valueOf(id),
                before.length() > 1000 ? before.substring(0, 999) + "…" : before));
    }

    /** Withdraws an action no longer pursued, with the reason; it stays listed and leaves the board report. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void withdrawAction(long id, long expectedVersion, String reason) {
        String by = caller.name();
        ImprovementAction action = open(id, expectedVersion);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new RuleViolation("actions.error.reason");
        }
        action.withdraw(by, clock.instant(), reason.strip());
        em.flush();
        audited.fire(new Audited(by, "ACTION_WITHDRAWN", "ImprovementAction", String.valueOf(id), null));
    }

    /** Marks an action carried out; audited. A withdrawn or done action cannot be marked again. */
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public void markDone(long id, long expectedVersion) {
        String by = caller.name();
        ImprovementAction action = open(id, expectedVersion);
        action.markDone(by, clock.instant());
        em.flush();
        audited.fire(new Audited(by, "ACTION_DONE", "ImprovementAction", String.valueOf(id), null));
    }

    /** The actions decided for the period and not withdrawn: the board report's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<ImprovementAction> actionsFor(Period period) {
        return em.createQuery("select a from ImprovementAction a where a.periodStart >= :s and a.periodStart <= :e"
                        + " and a.withdrawnAt is null order by a.id", ImprovementAction.class)
                .setParameter("s", period.start()).setParameter("e", period.end()).getResultList();
    }

    /** Every action decided for the period, the withdrawn ones too: the quality officer's list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public List<ImprovementAction> allActionsFor(Period period) {
        return em.createQuery("select a from ImprovementAction a where a.periodStart >= :s and a.periodStart <= :e"
                        + " order by a.id", ImprovementAction.class)
                .setParameter("s", period.start()).setParameter("e", period.end()).getResultList();
    }

    /** The action as the person saw it, still open: neither withdrawn nor done (those are final). */
    private ImprovementAction open(long id, long expectedVersion) {
        ImprovementAction action = Versioned.asSeen(em.find(ImprovementAction.class, id), expectedVersion);
        if (action.isWithdrawn() || action.isDone()) {
            throw new RuleViolation(action.isDone() ? "actions.error.done" : "actions.error.withdrawn");
        }
        return action;
    }

    private static String text(String text) {
        if (text == null || text.isBlank() || text.length() > 1000) {
            throw new RuleViolation("actions.error.text");
        }
        return text.strip();
    }

    private static String owner(String owner) {
        return owner == null || owner.isBlank() ? null : owner.strip();
    }
}
