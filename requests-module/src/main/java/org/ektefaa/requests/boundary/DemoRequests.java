package org.ektefaa.requests.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.platform.api.DemoDataRequested;
import org.ektefaa.requests.api.RequestType;
import org.ektefaa.requests.boundary.Decisions;
import org.ektefaa.requests.boundary.Requests;
import org.ektefaa.requests.entity.AidRequest;
import org.ektefaa.requests.entity.Service;

/**
 * Demo requests through the module's own boundary (so every event fires): on every enabled channel and of every
 * type, in every state — received, answered and closed, raised and waiting for decision (some overdue), approved
 * and delivered (some month by month), rejected with a listed reason, closed — spread over the past six months,
 * each step a few days after the one before; and the decisions on the demo beneficiary files' registrations.
 */
@ApplicationScoped
public class DemoRequests {

    @jakarta.persistence.PersistenceContext(unitName = "requests")
    jakarta.persistence.EntityManager em;

    /** Between the demo's steps this module's persistence context is written and let go of (the load stays linear). */
    void settle(@jakarta.enterprise.event.Observes org.ektefaa.platform.api.DemoDataRequested.Settle settle) {
        em.flush();
        em.clear();
    }

    static final String[] FIRST = {"محمد", "عبدالله", "فهد", "خالد", "سعد", "نورة", "سارة", "هند", "منيرة", "ريم", "عبدالرحمن",
        "فاطمة", "عائشة", "سلمان", "ماجد", "لطيفة", "أمل", "يوسف", "إبراهيم", "مريم"};
    static final String[] FAMILY = {"القحطاني", "العتيبي", "الشهري", "الغامدي", "الدوسري", "الزهراني", "الحربي", "المطيري",
        "السبيعي", "العنزي", "الشمري", "البقمي", "الرشيدي", "المالكي", "السهلي"};
    private static final String[] INQUIRIES = {"مواعيد توزيع السلال الغذائية", "شروط التسجيل في الجمعية",
        "المستندات المطلوبة للتسجيل", "مواعيد الدوام في رمضان", "طريقة تحديث بيانات الأسرة"};
    private static final String[] THEMES = {"WAITING", "WAITING", "CONDUCT", "SERVICE_QUALITY", "COMMUNICATION"};
    private static final String[] COMPLAINTS = {"تأخر الرد على الاتصال", "طول الانتظار في الاستقبال", "نقص في السلة الغذائية"};
    private static final String[] SUGGESTIONS = {"إضافة مواعيد مسائية", "خدمة التوصيل لكبار السن", "رسائل تذكير قبل التوزيع"};

    @Inject
    Requests requests;

    @Inject
    RequestHandling handling;

    @Inject
    RequestQueries queries;

    @Inject
    Decisions decisions;

    @Inject
    AssociationProfile profile;

    /** Registered beneficiaries, for support requests made from their files. */
    private final java.util.NavigableMap<Instant, Long> beneficiaries = new java.util.TreeMap<>();

    void on(@Observes @Priority(1000) DemoDataRequested demo) {
        // recorded under the name of the role that would do this work, as it would be in an association
        org.ektefaa.platform.api.SystemActor.run("demo.reception", () -> create(demo));
    }

    private void create(DemoDataRequested demo) {
        Random random = new Random(demo.seed());
        decideRegistrations(demo, random);
        List<ContactChannel> channels = java.util.Arrays.stream(ContactChannel.values()).filter(profile::isEnabled).toList();
        List<Service> services = requests.services();
        String reason = decisions.rejectionReasons().isEmpty() ? null : decisions.rejectionReasons().get(0).getCode();
        for (int i = 0; i < 160; i++) {
            demo.settle();
            // received over the past six months, more of them recently; each step a few days after the last
            Instant at = demo.now().minus(Duration.ofDays((long) (180 * Math.pow(random.nextDouble(), 1.4))))
                    .minus(Duration.ofMinutes(random.nextInt(600)));
            demo.at(at);
            ContactChannel channel = channels.get(random.nextInt(channels.size()));
            String name = FIRST[random.nextInt(FIRST.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
            String mobile = "05" + (50000000 + random.nextInt(49999999));
            int kind = random.nextInt(10);
            if (kind < 4) {
                String subject = INQUIRIES[random.nextInt(INQUIRIES.length)];
                AidRequest r = receive(RequestType.INQUIRY, channel, name, mobile, subject, null);
                if (random.nextInt(10) < 8 && demo.happened(at = later(at, random, 0, 2))) {
                    demo.at(at);
                    handling.answer(r.getId(), version(r), "تمت الإجابة: " + subject, null, null);
                    handling.close(r.getId(), version(r));
                }
            } else if (kind < 5) {
                AidRequest r = receive(RequestType.COMPLAINT, channel, name, mobile, COMPLAINTS[random.nextInt(COMPLAINTS.length)], null);
                if (random.nextInt(4) > 0 && demo.happened(at = later(at, random, 1, 6))) {
                    demo.at(at);
                    handling.answer(r.getId(), version(r), "تمت معالجة الشكوى والاعتذار للمستفيد",
                            THEMES[random.nextInt(THEMES.length)], random.nextInt(3) > 0);
                    handling.close(r.getId(), version(r));
                }
            } else if (kind < 6) {
                AidRequest r = receive(RequestType.SUGGESTION, channel, name, mobile, SUGGESTIONS[random.nextInt(SUGGESTIONS.length)], null);
                if (demo.happened(at = later(at, random, 0, 3))) {
                    demo.at(at);
                    handling.answer(r.getId(), version(r), "شكرًا لاقتراحك، أحيل إلى لجنة الجودة", null, null);
                    handling.close(r.getId(), version(r));
                }
            } else {
                support(demo, random, at, channel, name, mobile, services.get(random.nextInt(services.size())), reason);
            }
        }
    }

    /** A support request for a service: raised, decided within the period (one in ten late), delivered, closed. */
    private void support(DemoDataRequested demo, Random random, Instant at, ContactChannel channel, String name,
                         String mobile, Service service, String reason) {
        List<Long> registered = List.copyOf(beneficiaries.headMap(at).values());
        AidRequest r = registered.isEmpty() || random.nextBoolean()
                ? receive(RequestType.SUPPORT, channel, name, mobile, service.name(java.util.Locale.forLanguageTag("ar")),
                        service.getCode())
                : requests.receive(new Requests.Intake(RequestType.SUPPORT, channel,
                        registered.get(random.nextInt(registered.size())), null, null,
                        service.name(java.util.Locale.forLanguageTag("ar")), "طلب تجريبي", service.getCode(), "ar")
                        .withQuantity(BigDecimal.valueOf(service.isRecurring()
                                ? "SAR".equals(service.getUnitEn()) ? 500 : 1 // a monthly cash aid asks riyals a month
                                : 500 + 100L * random.nextInt(20))));
        int fate = random.nextInt(10);
        if (fate == 0 || !demo.happened(at = later(at, random, 0, 1))) {
            return;
        }
        demo.at(at);
        if (queries.find(r.getId()).orElseThrow().canRaiseForDecision()) { // unless the profile raised it at intake
            handling.raise(r.getId(), version(r));
        }
        if (fate < 2) {
            return; // waiting for a decision (overdue once its 14 days have gone by)
        }
        if (!demo.happened(at = random.nextInt(10) == 0 ? later(at, random, 15, 21) : later(at, random, 1, 12))) {
            return;
        }
        demo.at(at);
        if (fate < 4 && reason != null) {
            org.ektefaa.platform.api.SystemActor.run("demo.executive", () -> decisions.reject(r.getId(), version(r), reason, "لا تنطبق الشروط حاليًا",
                    OVERRIDE_REFUSED));
            handling.close(r.getId(), version(r));
            return;
        }
        org.ektefaa.platform.api.SystemActor.run("demo.executive", () -> decisions.approve(r.getId(), version(r), "مستحق",
                OVERRIDE_APPROVED));
        int months = service.isRecurring() ? 1 + random.nextInt(3) : 1;
        for (int m = 0; m < months; m++) {
            if (!demo.happened(at = later(at, random, m == 0 ? 1 : 28, m == 0 ? 6 : 31))) {
                return;
            }
            demo.at(at);
            handling.deliver(r.getId(), version(r), BigDecimal.valueOf(service.isRecurring() ? 1 : 500 + 100L * random.nextInt(20)),
                    null, "تسليم " + (m + 1));
        }
        handling.completeService(r.getId(), version(r));
        handling.close(r.getId(), version(r));
    }

    /**
     * The files the beneficiaries module submitted wait as registration requests: most are approved 2–12 days
     * after they arrived, some refused, the most recent left in the queue.
     */
    /**
     * The demo executive's reasons where a decision goes against the file's eligibility (issue #26) — used only then,
     * and counted as overrides in the reports like any other.
     */
    private static final String OVERRIDE_APPROVED = "قرار اللجنة بعد الزيارة الميدانية: حاجة عاجلة رغم المعايير";
    private static final String OVERRIDE_REFUSED = "قرار اللجنة بعد الزيارة الميدانية: تبيّن دخل غير معلن";

    private void decideRegistrations(DemoDataRequested demo, Random random) {
        beneficiaries.clear();
        String reason = decisions.rejectionReasons().isEmpty() ? null : decisions.rejectionReasons().get(0).getCode();
        for (AidRequest r : decisions.queue()) {
            demo.settle();
            if (r.getType() != RequestType.REGISTRATION) {
                continue;
            }
            Instant at = later(r.getCreatedAt(), random, 2, 12);
            if (!demo.happened(at)) {
                continue;
            }
            demo.at(at);
            if (random.nextInt(8) == 0 && reason != null) {
                org.ektefaa.platform.api.SystemActor.run("demo.executive", () -> decisions.reject(r.getId(), version(r), reason, "لا تنطبق شروط الفئة",
                        OVERRIDE_REFUSED));
            } else {
                org.ektefaa.platform.api.SystemActor.run("demo.executive", () -> decisions.approve(r.getId(), version(r), "مستحق",
                        "تحقق الموظف من الملف الآخر: تسجيل ثانٍ للشخص نفسه سيُدمج"));
                beneficiaries.put(at, r.getBeneficiaryId());
            }
        }
    }

    /** Some days later, in working hours. */
    private static Instant later(Instant from, Random random, int minDays, int maxDays) {
        return from.plus(Duration.ofDays(minDays + random.nextInt(maxDays - minDays + 1)))
                .plus(Duration.ofMinutes(30 + random.nextInt(240)));
    }

    private AidRequest receive(RequestType type, ContactChannel channel, String name, String mobile, String subject,
                               String service) {
        return requests.receive(new Requests.Intake(type, channel, null, name, mobile, subject, "طلب تجريبي", service, "ar"));
    }

    private long version(AidRequest r) {
        return queries.find(r.getId()).orElseThrow().getVersion();
    }
}
