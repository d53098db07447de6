package org.ektefaa.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ektefaa.platform.api.Role;
import org.ektefaa.reporting.control.Figures;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.entity.ArchivedReport;
import org.ektefaa.reporting.entity.Targets;

/**
 * The board member's start page (issue #21): who opens it — a board member, a few times a quarter, before a meeting;
 * what they must find — whether the last full quarter met the board's targets, and the latest quarterly report to
 * read. The key indicators against their targets, each saying whether it was met, and that report.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardGlance {

    /** One key indicator of the quarter beside the board's target; {@code value} null when nothing was measured. */
    public record Indicator(String key, BigDecimal value, BigDecimal target, boolean higherIsBetter, long measured)
            implements Serializable {

        public boolean isKnown() {
            return value != null;
        }

        /** Whether the target was met (a median of days is met at or below it, the others at or above). */
        public boolean isMet() {
            return value != null && (higherIsBetter ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0);
        }
    }

    /** The last full quarter at a glance, and the latest quarterly report archived (if any). */
    public record Glance(Period quarter, List<Indicator> indicators, ArchivedReport latestReport) implements Serializable {
    }

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    Figures figures;

    @Inject
    Clock clock;

    @RolesAllowed({Role.BOARD_MEMBER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.ADMIN_NAME})
    public Glance lastQuarter() {
        Period quarter = Period.quarterOf(LocalDate.now(clock)).previous();
        Targets targets = em.find(Targets.class, Targets.ID);
        Figures.Satisfaction satisfaction = figures.satisfaction(quarter);
        Figures.Commitment commitment = figures.commitment(quarter);
        List<Indicator> indicators = List.of(
                new Indicator("csat", satisfaction.csat().value(), targets.getCsat(), true, satisfaction.csat().n()),
                new Indicator("withinCommitment", commitment.share().value(), targets.getWithinCommitment(), true,
                        commitment.decided()),
                new Indicator("medianDays", commitment.decided() == 0 ? null : commitment.medianDays(),
                        targets.getMedianDays(), false, commitment.decided()),
                new Indicator("nps", satisfaction.nps().value(), targets.getNps(), true, satisfaction.nps().n()),
                new Indicator("responseRate", satisfaction.responseRate().value(), targets.getResponseRate(), true,
                        satisfaction.responseRate().n()));
        return new Glance(quarter, indicators, latestQuarterly().orElse(null));
    }

    private Optional<ArchivedReport> latestQuarterly() {
        return em.createQuery("select new org.ektefaa.reporting.entity.ArchivedReport(a.id, a.kind, a.periodStart,"
                        + " a.periodEnd, a.language, a.parameters, a.sha256, a.sizeBytes, a.generatedBy, a.generatedAt)"
                        + " from ArchivedReport a where a.kind = :kind order by a.generatedAt desc, a.id desc",
                        ArchivedReport.class)
                .setParameter("kind", Reports.Kind.QUARTERLY.name()).setMaxResults(1).getResultStream().findFirst();
    }
}
