package org.ektefaa.reporting.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.NotificationRequested;
import org.ektefaa.platform.api.PublicLinks;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.StaffDirectory;
import org.ektefaa.reporting.boundary.Reports;
import org.ektefaa.reporting.control.Period;

/**
 * On the first day of every month at 03:00: the monthly operations report of the month that ended, and after
 * a quarter the board's quarterly report in Arabic and English; board members are told by e-mail where to
 * find it. Each report is produced once even when several servers run the schedule (the archive keeps one
 * per kind, period and language).
 */
@Singleton
public class ReportSchedule {

    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());

    @Inject
    Reports reports;

    @Inject
    Clock clock;

    @Inject
    StaffDirectory staff;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    PublicLinks links;

    @Inject
    Event<NotificationRequested> notify;

    @Schedule(dayOfMonth = "1", hour = "3", minute = "0", persistent = false)
    void monthly() {
        org.ektefaa.platform.api.SystemActor.run(org.ektefaa.platform.api.SystemActor.SYSTEM, () -> run(LocalDate.now(clock)));
    }

    /** What the schedule does on {@code today}; package-visible for the container test. */
    public void run(LocalDate today) {
        Period month = Period.monthOf(today).previous();
        reports.produceOnce(Reports.Kind.MONTHLY, month, "ar");
        if (today.getMonthValue() % 3 == 1) {
            Period quarter = Period.quarterOf(today).previous();
            reports.produceOnce(Reports.Kind.QUARTERLY, quarter, "en");
            reports.produceOnce(Reports.Kind.QUARTERLY, quarter, "ar").ifPresent(produced -> {
                Locale arabic = Locale.forLanguageTag("ar");
                ResourceBundle texts = ResourceBundle.getBundle("org.ektefaa.reporting.i18n.messages", arabic);
                String name = profile.get().name(arabic);
                String label = quarter.start() + " – " + quarter.end();
                String link = links.to("/reporting/reports.xhtml");
                for (String email : staff.emailsOf(Role.BOARD_MEMBER)) {
                    notify.fire(new NotificationRequested(email, null,
                            new MessageFormat(texts.getString("board.subject"), arabic).format(new Object[] {name, label}),
                            new MessageFormat(texts.getString("board.body"), arabic).format(new Object[] {name, label, link}),
                            "report " + produced.getId()));
                }
                LOG.info("quarterly report " + produced.getId() + " produced");
            });
        }
    }
}
