package org.ektefaa.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.reporting.entity.VisitFact;
import org.junit.jupiter.api.Test;

/**
 * A visit's fact ends as the visit stands whatever order its events arrive in (the CI caught a signed visit's fact
 * left "assigned": its two events, recorded in one transaction, were delivered the other way round after a retry).
 */
class VisitFactOrderTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 5);

    @Test
    void aSignedVisitStaysSignedWhenItsAssignmentArrivesLate() {
        VisitFact fact = new VisitFact(1L, T0);
        fact.now("DONE", DUE, T0.plusSeconds(60), "SUPPORT", T0.plusSeconds(60));
        fact.now("ASSIGNED", DUE, null, null, T0);
        assertThat(fact.getStatus()).isEqualTo("DONE");
        assertThat(fact.getRecommendation()).isEqualTo("SUPPORT");
    }

    @Test
    void ofTwoReassignmentsTheLaterStands() {
        VisitFact fact = new VisitFact(1L, T0);
        fact.now("ASSIGNED", DUE.plusDays(7), null, null, T0.plusSeconds(120));
        fact.now("ASSIGNED", DUE, null, null, T0.plusSeconds(60));
        assertThat(fact.getDueOn()).isEqualTo(DUE.plusDays(7));
        fact.now("CANCELLED", DUE.plusDays(7), T0.plusSeconds(180), null, T0.plusSeconds(180));
        assertThat(fact.getStatus()).isEqualTo("CANCELLED");
    }
}
