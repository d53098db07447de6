package org.ektefaa.requests.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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
 * type, in every state — received, answered and closed, raised and waiting for decision, approved and delivered
 * (some month by month), rejected with a listed reason, closed.
 */
@ApplicationScoped
public class DemoRequests {

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
    Decisions decisions;

    @Inject
    AssociationProfile profile;

    void on(@Observes @Priority(1000) DemoDataRequested demo) {
        Random random = new Random(demo.seed());
        List<ContactChannel> channels = java.util.Arrays.stream(ContactChannel.values()).filter(profile::isEnabled).toList();
        List<Service> services = requests.services();
        String reason = decisions.rejectionReasons().isEmpty() ? null : decisions.rejectionReasons().get(0).getCode();
        for (int i = 0; i < 160; i++) {
            ContactChannel channel = channels.get(random.nextInt(channels.size()));
            String name = FIRST[random.nextInt(FIRST.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
            String mobile = "05" + (50000000 + random.nextInt(49999999));
            int kind = random.nextInt(10);
            if (kind < 4) {
                String subject = INQUIRIES[random.nextInt(INQUIRIES.length)];
                AidRequest r = receive(RequestType.INQUIRY, channel, name, mobile, subject, null);
                if (random.nextInt(10) < 8) {
                    requests.answer(r.getId(), version(r), "تمت الإجابة: " + subject, null, null, "demo.reception");
                    requests.close(r.getId(), version(r), "demo.reception");
                }
            } else if (kind < 5) {
                AidRequest r = receive(RequestType.COMPLAINT, channel, name, mobile, COMPLAINTS[random.nextInt(COMPLAINTS.length)], null);
                if (random.nextBoolean()) {
                    requests.answer(r.getId(), version(r), "تمت معالجة الشكوى والاعتذار للمستفيد",
                            THEMES[random.nextInt(THEMES.length)], random.nextInt(3) > 0, "demo.reception");
                    requests.close(r.getId(), version(r), "demo.reception");
                }
            } else if (kind < 6) {
                AidRequest r = receive(RequestType.SUGGESTION, channel, name, mobile, SUGGESTIONS[random.nextInt(SUGGESTIONS.length)], null);
                requests.answer(r.getId(), version(r), "شكرًا لاقتراحك، أحيل إلى لجنة الجودة", null, null, "demo.reception");
                requests.close(r.getId(), version(r), "demo.reception");
            } else {
                Service service = services.get(random.nextInt(services.size()));
                AidRequest r = receive(RequestType.SUPPORT, channel, name, mobile, service.name(java.util.Locale.forLanguageTag("ar")),
                        service.getCode());
                int fate = random.nextInt(10);
                if (fate == 0) {
                    continue;
                }
                requests.raise(r.getId(), version(r), "demo.reception");
                if (fate < 3) {
                    continue;
                }
                if (fate < 4 && reason != null) {
                    decisions.reject(r.getId(), version(r), reason, "لا تنطبق الشروط حاليًا", "demo.executive");
                    requests.close(r.getId(), version(r), "demo.reception");
                    continue;
                }
                decisions.approve(r.getId(), version(r), "مستحق", "demo.executive");
                if (fate < 6) {
                    continue;
                }
                int months = service.isRecurring() ? 1 + random.nextInt(3) : 1;
                for (int m = 0; m < months; m++) {
                    requests.deliver(r.getId(), version(r), BigDecimal.valueOf(service.isRecurring() ? 1 : 500 + 100L * random.nextInt(20)),
                            null, "تسليم " + (m + 1), "demo.reception");
                }
                requests.completeService(r.getId(), version(r), "demo.reception");
                requests.close(r.getId(), version(r), "demo.reception");
            }
        }
    }

    private AidRequest receive(RequestType type, ContactChannel channel, String name, String mobile, String subject,
                               String service) {
        return requests.receive(new Requests.Intake(type, channel, null, name, mobile, subject, "طلب تجريبي", service, "ar"),
                "demo.reception");
    }

    private long version(AidRequest r) {
        return requests.find(r.getId()).orElseThrow().getVersion();
    }
}
