package org.ektefaa.volunteering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpportunityTest {

    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    static Opportunity.Plan plan(int places) {
        return new Opportunity.Plan(" Food basket packing ", null, " Warehouse ", NOW.plus(Duration.ofDays(2)),
                NOW.plus(Duration.ofDays(2)).plus(Duration.ofHours(4)), null, places, Set.of("PACKING"), " ");
    }

    @Test
    void placesAreNeverOverBookedAndAFreedPlaceCanBeTakenAgain() {
        Opportunity o = new Opportunity(plan(2), "coordinator", NOW);
        o.take(NOW);
        o.take(NOW);
        assertThat(o.getFree()).isZero();
        assertThatThrownBy(() -> o.take(NOW)).hasMessage("opportunity.error.full");
        assertThat(o.getTaken()).isEqualTo(2);
        o.release();
        assertThat(o.getFree()).isEqualTo(1);
        o.take(NOW);
        assertThat(o.getTaken()).isEqualTo(2);
    }

    @Test
    void anOpportunityIsUnderWayFromItsStartUntilItsEnd() {
        Opportunity o = new Opportunity(plan(2), "coordinator", NOW);
        assertThat(o.isUnderWay(NOW)).as("two days before").isFalse();
        assertThat(o.isUnderWay(o.getStartsAt())).isTrue();
        assertThat(o.isUnderWay(o.getStartsAt().plus(Duration.ofHours(3)))).isTrue();
        assertThat(o.isUnderWay(o.getEndsAt())).as("over").isFalse();
    }

    @Test
    void releasingNeverGoesBelowNothingTaken() {
        Opportunity o = new Opportunity(plan(1), "coordinator", NOW);
        o.release();
        assertThat(o.getTaken()).isZero();
        assertThat(o.getFree()).isEqualTo(1);
    }

    @Test
    void aCancelledOrFinishedOpportunityTakesNobody() {
        Opportunity cancelled = new Opportunity(plan(5), "coordinator", NOW);
        cancelled.cancel();
        assertThat(cancelled.isOpen(NOW)).isFalse();
        assertThatThrownBy(() -> cancelled.take(NOW)).hasMessage("opportunity.error.closed");
        Opportunity over = new Opportunity(plan(5), "coordinator", NOW);
        Instant after = over.getEndsAt();
        assertThat(over.isOpen(after)).isFalse();
        assertThatThrownBy(() -> over.take(after)).hasMessage("opportunity.error.closed");
        assertThat(over.getTaken()).isZero();
    }

    @Test
    void placesCannotShrinkBelowThoseTakenNorLeaveTheirRange() {
        Opportunity o = new Opportunity(plan(3), "coordinator", NOW);
        o.take(NOW);
        o.take(NOW);
        assertThatThrownBy(() -> o.change(plan(1))).hasMessage("opportunity.error.places");
        assertThat(o.getPlaces()).isEqualTo(3);
        o.change(plan(2));
        assertThat(o.getFree()).isZero();
        assertThatThrownBy(() -> new Opportunity(plan(0), "c", NOW)).hasMessage("opportunity.error.places");
        assertThatThrownBy(() -> new Opportunity(plan(501), "c", NOW)).hasMessage("opportunity.error.places");
    }

    @Test
    void aPlanNeedsATitleAPlaceAndAnEndAfterItsStart() {
        Opportunity.Plan noTitle = new Opportunity.Plan(" ", null, "Warehouse", NOW, NOW.plusSeconds(60), null, 1,
                Set.of(), null);
        assertThatThrownBy(() -> new Opportunity(noTitle, "c", NOW)).hasMessage("opportunity.error.required");
        Opportunity.Plan backwards = new Opportunity.Plan("Packing", null, "Warehouse", NOW, NOW, null, 1, Set.of(), null);
        assertThatThrownBy(() -> new Opportunity(backwards, "c", NOW)).hasMessage("opportunity.error.times");
        Opportunity o = new Opportunity(plan(1), "c", NOW);
        assertThat(o.getTitle()).isEqualTo("Food basket packing");
        assertThat(o.getPlace()).isEqualTo("Warehouse");
        assertThat(o.getRequestTracking()).as("a blank request reference is none").isNull();
    }
}
