package org.ektefaa.volunteering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.ektefaa.volunteering.entity.Enums.Education;
import org.ektefaa.volunteering.entity.Enums.Gender;
import org.ektefaa.volunteering.entity.Enums.SignupStatus;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.junit.jupiter.api.Test;

class VolunteerTest {

    private static Volunteer.Details details(Set<DayOfWeek> days, Set<TimeOfDay> times) {
        return new Volunteer.Details("سارة أحمد", "sealed", "hash", Gender.FEMALE, LocalDate.of(1995, 1, 1),
                "0501234567", null, "الرياض", Education.BACHELOR, Set.of("PACKING"), null, days, times, 10, null, null);
    }

    private static Volunteer volunteer() {
        return new Volunteer(details(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY), Set.of(TimeOfDay.EVENING)), "P-1",
                OpportunityTest.NOW);
    }

    @Test
    void anApplicationSaysWhenThePersonCanCome() {
        assertThatThrownBy(() -> new Volunteer(details(Set.of(), Set.of(TimeOfDay.EVENING)), "P-1", OpportunityTest.NOW))
                .hasMessage("volunteer.error.availability");
        assertThatThrownBy(() -> new Volunteer(details(Set.of(DayOfWeek.MONDAY), Set.of()), "P-1", OpportunityTest.NOW))
                .hasMessage("volunteer.error.availability");
        Volunteer v = volunteer();
        assertThat(v.isAvailableOn(DayOfWeek.MONDAY, TimeOfDay.EVENING)).isTrue();
        assertThat(v.isAvailableOn(DayOfWeek.MONDAY, TimeOfDay.MORNING)).isFalse();
        assertThat(v.isAvailableOn(DayOfWeek.SUNDAY, TimeOfDay.EVENING)).isFalse();
        assertThat(v.getLanguage()).as("Arabic unless said otherwise").isEqualTo("ar");
        assertThat(v.getStatus()).isEqualTo(VolunteerStatus.NEW);
    }

    @Test
    void anApplicationMovesOnlyAlongItsWayAndEveryMoveIsKept() {
        Volunteer v = volunteer();
        v.review(VolunteerStatus.INTERVIEW, " Sunday 10:00 ", "coordinator", OpportunityTest.NOW);
        assertThatThrownBy(() -> v.review(VolunteerStatus.NEW, null, "coordinator", OpportunityTest.NOW))
                .hasMessage("volunteer.error.transition");
        assertThatThrownBy(() -> v.review(VolunteerStatus.INTERVIEW, " ", "coordinator", OpportunityTest.NOW))
                .as("staying where it is needs a note").hasMessage("volunteer.error.noteRequired");
        v.review(VolunteerStatus.INTERVIEW, "moved to Monday", "coordinator", OpportunityTest.NOW);
        v.review(VolunteerStatus.APPROVED, null, "coordinator", OpportunityTest.NOW);
        assertThat(v.isApproved()).isTrue();
        v.review(VolunteerStatus.DECLINED, "moved away", "coordinator", OpportunityTest.NOW);
        v.review(VolunteerStatus.INTERVIEW, "came back", "coordinator", OpportunityTest.NOW);
        assertThat(v.getReview()).hasSize(5);
        assertThat(v.getReview().get(0).getNote()).isEqualTo("Sunday 10:00");
    }

    @Test
    void onlyASignedUpVolunteerHoldsAPlace() {
        Opportunity o = new Opportunity(OpportunityTest.plan(1), "c", OpportunityTest.NOW);
        Signup invited = new Signup(o, volunteer(), SignupStatus.INVITED, OpportunityTest.NOW);
        assertThat(invited.isInvited()).isTrue();
        assertThat(invited.holdsAPlace()).isFalse();
        invited.move(SignupStatus.SIGNED_UP, OpportunityTest.NOW);
        assertThat(invited.holdsAPlace()).isTrue();
        assertThat(invited.isInvited()).as("remembers it came from an invitation").isTrue();
        invited.move(SignupStatus.WITHDRAWN, OpportunityTest.NOW);
        assertThat(invited.holdsAPlace()).isFalse();
    }
}
