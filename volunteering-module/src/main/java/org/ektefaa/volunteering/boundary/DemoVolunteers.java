package org.ektefaa.volunteering.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ektefaa.platform.api.DemoDataRequested;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.volunteering.boundary.Opportunities;
import org.ektefaa.volunteering.boundary.Volunteers;
import org.ektefaa.volunteering.entity.Enums.Education;
import org.ektefaa.volunteering.entity.Enums.Gender;
import org.ektefaa.volunteering.entity.Enums.TimeOfDay;
import org.ektefaa.volunteering.entity.Enums.VolunteerStatus;
import org.ektefaa.volunteering.entity.HoursEntry;
import org.ektefaa.volunteering.entity.Opportunity;
import org.ektefaa.volunteering.entity.Volunteer;

/**
 * Demo volunteering through the module's boundaries: 30 registrations (most approved, some at interview or new),
 * opportunities that began last week and run on, places taken, hours logged and mostly approved.
 */
@ApplicationScoped
public class DemoVolunteers {

    @jakarta.persistence.PersistenceContext(unitName = "volunteering")
    jakarta.persistence.EntityManager em;

    /** Between the demo's steps this module's persistence context is written and let go of (the load stays linear). */
    void settle(@jakarta.enterprise.event.Observes org.ektefaa.platform.api.DemoDataRequested.Settle settle) {
        em.flush();
        em.clear();
    }

    private static final String[] NAMES = {"أحمد", "نوف", "بندر", "جواهر", "تركي", "العنود", "فيصل", "شهد", "مشعل", "روان"};
    private static final String[] FAMILIES = {"القحطاني", "العتيبي", "الشهري", "الغامدي", "الدوسري", "الحربي"};
    private static final String[] CITIES = {"الرياض", "جدة", "الدمام", "مكة المكرمة", "أبها"};
    private static final String[][] OPPORTUNITIES = {{"توزيع السلال الغذائية", "مستودع الجمعية", "PACKING"},
        {"زيارات ميدانية للأسر المتعففة", "أحياء جنوب المدينة", "FIELD_VISITS"},
        {"دروس تقوية لأبناء الأسر", "مقر الجمعية", "TEACHING"}, {"توصيل المساعدات لكبار السن", "حسب العناوين", "DRIVING"},
        {"تنظيم يوم الأسرة", "قاعة الجمعية", "EVENTS"}};

    @Inject
    Volunteers volunteers;

    @Inject
    Opportunities opportunities;

    @Inject
    VolunteerHours volunteerHours;

    @Inject
    Clock clock;

    void on(@Observes @Priority(3000) DemoDataRequested demo) {
        // recorded under the name of the role that would do this work, as it would be in an association
        org.ektefaa.platform.api.SystemActor.run("demo.coordinator", () -> create(demo));
    }

    private void create(DemoDataRequested demo) {
        Random random = new Random(demo.seed() + 2);
        List<Volunteer> approved = new ArrayList<>();
        List<String> skills = volunteers.skills().stream().map(s -> s.getCode()).toList();
        for (int i = 0; i < 30; i++) {
            Instant registered = demo.at(demo.now().minus(Duration.ofDays(i < 22 ? 110 + random.nextInt(90) : 3 + random.nextInt(30)))
                    .minus(Duration.ofMinutes(random.nextInt(600))));
            Volunteer v;
            try {
                v = volunteers.register(new Volunteers.Registration(
                        NAMES[random.nextInt(NAMES.length)] + " " + FAMILIES[random.nextInt(FAMILIES.length)],
                        org.ektefaa.platform.api.saudi.NationalIds.withCheckDigit(106000000L + 9L * i + i / 10), i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                        LocalDate.of(1975 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        "05" + (50000000 + random.nextInt(49999999)), "volunteer" + i + "@demo.ektefaa.local",
                        CITIES[random.nextInt(CITIES.length)], Education.values()[random.nextInt(Education.values().length)],
                        new java.util.HashSet<>(List.of(skills.get(random.nextInt(skills.size())),
                                skills.get(random.nextInt(skills.size())))), null,
                        EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(TimeOfDay.class), 4 + random.nextInt(20), null, true,
                        true, "ar"));
            } catch (RuleViolation duplicate) {
                continue;
            }
            demo.at(registered.plus(Duration.ofDays(2 + random.nextInt(8))));
            if (i < 22) {
                volunteers.review(v.getId(), v.getVersion(), VolunteerStatus.APPROVED, "مقابلة موفقة");
                approved.add(volunteers.find(v.getId()).orElseThrow());
            } else if (i < 26) {
                volunteers.review(v.getId(), v.getVersion(), VolunteerStatus.INTERVIEW, "موعد المقابلة الأحد");
            }
        }
        // opportunities that started three months ago; hours logged the day after, approved a few days later
        demo.at(demo.now().minus(Duration.ofDays(100)));
        Instant starts = LocalDate.now(clock).plusDays(7).atTime(9, 0).atZone(clock.getZone()).toInstant();
        for (String[] o : OPPORTUNITIES) {
            Opportunity opportunity = opportunities.create(new Opportunity.Plan(o[0], null, o[1], starts,
                    starts.plus(Duration.ofDays(130)), "أسبوعيًا", 8, Set.of(o[2]), null));
            for (int k = 0; k < 5 && !approved.isEmpty(); k++) {
                Volunteer v = approved.get(random.nextInt(approved.size()));
                try {
                    demo.at(demo.now().minus(Duration.ofDays(95)));
                    opportunities.signUp(v.getId(), opportunity.getId());
                    LocalDate day = LocalDate.ofInstant(demo.now(), clock.getZone()).minusDays(1 + random.nextInt(85));
                    demo.at(day.plusDays(1).atTime(20, 0).atZone(clock.getZone()).toInstant());
                    HoursEntry hours = volunteerHours.logHours(v.getId(), opportunity.getId(), day,
                            BigDecimal.valueOf(2 + random.nextInt(5)), null);
                    Instant approval = day.plusDays(3).atTime(10, 0).atZone(clock.getZone()).toInstant();
                    if (random.nextInt(5) > 0 && demo.happened(approval)) {
                        demo.at(approval);
                        long version = volunteerHours.hoursOf(v.getId()).stream()
                                .filter(h -> h.getId().equals(hours.getId())).findFirst().orElseThrow().getVersion();
                        volunteerHours.approveHours(hours.getId(), version, null);
                    }
                } catch (RuleViolation full) {
                    // already signed up or full: the next volunteer
                }
            }
        }
        // a home visit the reception offered to volunteers (the eligibility demo offers two): a volunteer with the
        // field-visit skill takes the first, the other stays for the coordinator to fill
        demo.at(demo.now());
        opportunities.upcoming(500).stream().filter(o -> o.getWorkLink() != null && o.getFree() > 0)
                .min(java.util.Comparator.comparing(Opportunity::getId)).ifPresent(visit -> approved.stream()
                        .filter(v -> v.getSkills().contains(org.ektefaa.volunteering.api.FieldVisits.SKILL)).findFirst()
                        .ifPresent(v -> opportunities.signUp(v.getId(), visit.getId())));
    }
}
