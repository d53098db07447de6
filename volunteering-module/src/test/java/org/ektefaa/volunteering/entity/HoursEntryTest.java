package org.ektefaa.volunteering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ektefaa.volunteering.entity.Enums.HoursStatus;
import org.junit.jupiter.api.Test;

class HoursEntryTest {

    private static final Instant NOW = OpportunityTest.NOW;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static HoursEntry logged(String hours) {
        return new HoursEntry(null, new Opportunity(OpportunityTest.plan(1), "c", NOW), TODAY, new BigDecimal(hours),
                " carried boxes ", "volunteer", NOW, TODAY);
    }

    @Test
    void hoursArePendingUntilTheCoordinatorApprovesThemPossiblyCorrected() {
        HoursEntry entry = logged("4");
        assertThat(entry.getStatus()).isEqualTo(HoursStatus.PENDING);
        assertThat(entry.getNote()).isEqualTo("carried boxes");
        entry.approve(new BigDecimal("3.5"), "coordinator", NOW);
        assertThat(entry.getStatus()).isEqualTo(HoursStatus.APPROVED);
        assertThat(entry.getHours()).isEqualByComparingTo("3.5");
        assertThat(entry.getReviewedBy()).isEqualTo("coordinator");
    }

    @Test
    void approvingWithoutACorrectionKeepsWhatWasLogged() {
        HoursEntry entry = logged("2.25");
        entry.approve(null, "coordinator", NOW);
        assertThat(entry.getHours()).isEqualByComparingTo("2.25");
    }

    @Test
    void reviewedHoursAreNeverReviewedAgain() {
        HoursEntry approved = logged("4");
        approved.approve(null, "coordinator", NOW);
        assertThatThrownBy(() -> approved.reject("coordinator", NOW)).hasMessage("hours.error.reviewed");
        assertThatThrownBy(() -> approved.approve(BigDecimal.ONE, "coordinator", NOW)).hasMessage("hours.error.reviewed");
        HoursEntry rejected = logged("4");
        rejected.reject("coordinator", NOW);
        assertThat(rejected.getStatus()).isEqualTo(HoursStatus.REJECTED);
        assertThatThrownBy(() -> rejected.approve(null, "coordinator", NOW)).hasMessage("hours.error.reviewed");
    }

    @Test
    void aDayHoldsMoreThanNothingAndAtMostSixteenHoursInQuarters() {
        for (String wrong : new String[] {"0", "-1", "16.01", "24", "1.125"}) {
            assertThatThrownBy(() -> logged(wrong)).as(wrong).hasMessage("hours.error.amount");
        }
        assertThat(logged("16").getHours()).isEqualByComparingTo("16");
        HoursEntry entry = logged("4");
        assertThatThrownBy(() -> entry.approve(new BigDecimal("17"), "coordinator", NOW)).hasMessage("hours.error.amount");
        assertThat(entry.getStatus()).as("a refused correction approves nothing").isEqualTo(HoursStatus.PENDING);
    }

    @Test
    void hoursAreNeverLoggedForADayStillToCome() {
        assertThatThrownBy(() -> new HoursEntry(null, null, TODAY.plusDays(1), BigDecimal.ONE, null, "v", NOW, TODAY))
                .hasMessage("hours.error.future");
    }
}
