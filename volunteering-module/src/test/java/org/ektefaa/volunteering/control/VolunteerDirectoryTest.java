package org.ektefaa.volunteering.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ektefaa.testing.ModuleDatabase;
import org.ektefaa.volunteering.entity.Enums.Education;
import org.ektefaa.volunteering.entity.Enums.Gender;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.Volunteer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directory's query against the module's own tables: each filter in the database, pages and counts agreeing. */
class VolunteerDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static ModuleDatabase database;
    private static final List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void volunteers() {
        database = new ModuleDatabase("volunteering", "vol", "directory");
        database.inTransaction(em -> {
            // Monday evenings in Riyadh, teaching; weekends in Jeddah, driving; every day in Riyadh, both, approved
            ids.add(persist(em, "مريم", "الرياض", Set.of("TEACHING"), EnumSet.of(DayOfWeek.MONDAY),
                    EnumSet.of(TimeOfDay.EVENING), VolunteerStatus.NEW));
            ids.add(persist(em, "خالد", "جدة", Set.of("DRIVING"), EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                    EnumSet.of(TimeOfDay.MORNING, TimeOfDay.AFTERNOON), VolunteerStatus.NEW));
            ids.add(persist(em, "نورة", "الرياض", Set.of("TEACHING", "DRIVING"), EnumSet.allOf(DayOfWeek.class),
                    EnumSet.allOf(TimeOfDay.class), VolunteerStatus.APPROVED));
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static long persist(EntityManager em, String name, String city, Set<String> skills, Set<DayOfWeek> days,
                                Set<TimeOfDay> times, VolunteerStatus status) {
        Volunteer v = new Volunteer(new Volunteer.Details(name, "105000000" + ids.size(), "hash-" + name, Gender.FEMALE,
                LocalDate.of(1995, 1, 1), "0551234567", "v" + ids.size() + "@example.sa", city, Education.BACHELOR, skills, null, days, times, 10,
                null, "ar"), "P-" + name, NOW);
        em.persist(v);
        em.flush();
        v.numbered();
        if (status != VolunteerStatus.NEW) {
            v.review(status, null, "coordinator", NOW);
        }
        return v.getId();
    }

    private List<Long> found(VolunteerDirectory.Filter filter) {
        EntityManager em = database.entityManager();
        try {
            VolunteerDirectory directory = new VolunteerDirectory(em);
            List<Long> page = directory.search(filter, 0, 50).stream().map(Volunteer::getId).toList();
            assertThat(directory.count(filter)).as("the count agrees with the page").isEqualTo(page.size());
            return page;
        } finally {
            em.close();
        }
    }

    @Test
    void everyFilterIsAppliedByTheDatabaseNewestFirst() {
        assertThat(found(new VolunteerDirectory.Filter(null, null, null, null, null)))
                .containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(found(new VolunteerDirectory.Filter(VolunteerStatus.APPROVED, null, null, null, null)))
                .containsExactly(ids.get(2));
        assertThat(found(new VolunteerDirectory.Filter(null, "TEACHING", null, null, null)))
                .containsExactly(ids.get(2), ids.get(0));
        assertThat(found(new VolunteerDirectory.Filter(null, null, " جدة ", null, null))).containsExactly(ids.get(1));
    }

    @Test
    void aDayOrATimeOfDayMatchesOnlyWholeNamesOfTheList() {
        assertThat(found(new VolunteerDirectory.Filter(null, null, null, DayOfWeek.MONDAY, null)))
                .containsExactly(ids.get(2), ids.get(0));
        assertThat(found(new VolunteerDirectory.Filter(null, null, null, DayOfWeek.SATURDAY, TimeOfDay.MORNING)))
                .containsExactly(ids.get(2), ids.get(1));
        assertThat(found(new VolunteerDirectory.Filter(null, null, null, DayOfWeek.MONDAY, TimeOfDay.MORNING)))
                .containsExactly(ids.get(2));
        assertThat(found(new VolunteerDirectory.Filter(null, "DRIVING", "الرياض", DayOfWeek.SUNDAY, TimeOfDay.EVENING)))
                .containsExactly(ids.get(2));
    }
}
