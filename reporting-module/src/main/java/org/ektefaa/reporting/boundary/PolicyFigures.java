package org.ektefaa.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import org.ektefaa.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ektefaa.platform.api.ContactChannel;
import org.ektefaa.reporting.control.Figures;
import org.ektefaa.reporting.control.Period;
import org.ektefaa.reporting.control.Wording;
import org.ektefaa.satisfaction.api.Indicators;

/**
 * The policy, clause by clause, beside what the system does for it and its live figure for a period (issue:
 * policy conformance): requests per channel (§4), decisions within the commitment and overdue now (§5.4),
 * satisfaction and response rate (§3.5), the share of closed requests whose person was invited to evaluate
 * (§3.6), inquiries answered and the median days (§3.3), deliveries (§5.6). The page and the board report
 * show the same figures.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyFigures {

    /** One clause: its Arabic original and English translation, what the system does, a figure and where it comes from. */
    public record Clause(String number, String arabic, String english, String does, String figure, String link) implements java.io.Serializable {
    }

    @Inject
    Figures figures;

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.QUALITY_OFFICER_NAME, Role.VOLUNTEER_COORDINATOR_NAME, Role.BOARD_MEMBER_NAME})
    public List<Clause> clauses(Period period, String language) {
        Wording w = new Wording(language);
        ResourceBundle arabic = ResourceBundle.getBundle("org.ektefaa.platform.policy.clauses", Locale.forLanguageTag("ar"));
        ResourceBundle english = ResourceBundle.getBundle("org.ektefaa.platform.policy.clauses", Locale.ROOT);
        Figures.Counts channels = figures.received(period, "channel");
        Figures.Commitment commitment = figures.commitment(period);
        Figures.Satisfaction satisfaction = figures.satisfaction(period);
        long closed = figures.closed(period);
        long invited = figures.invited(period);
        Figures.Inquiries inquiries = figures.inquiries(period);
        List<Clause> clauses = new ArrayList<>();
        for (String number : english.getString("clauses").split(",")) {
            String figure = null;
            String link = null;
            switch (number) {
                case "2" -> {
                    figure = w.plural("policy.figure.2", figures.received(period, "type").total());
                    link = "/requests/list.xhtml";
                }
                case "3.3" -> {
                    figure = w.plural("policy.figure.3.3", inquiries.received(), inquiries.closed(), w.number(inquiries.medianDays()));
                    link = "/requests/list.xhtml";
                }
                case "3.5" -> {
                    figure = w.t("policy.figure.3.5", w.percent(satisfaction.csat()), w.plain(satisfaction.nps()),
                            w.plain(satisfaction.ces()), w.percent(satisfaction.responseRate()), satisfaction.csat().n());
                    link = "/satisfaction/indicators.xhtml";
                }
                case "3.6" -> {
                    figure = w.plural("policy.figure.3.6", w.percent(Indicators.responseRate(Math.min(invited, closed), closed)),
                            invited, closed);
                    link = "/satisfaction/tracking.xhtml";
                }
                case "5.4" -> {
                    figure = w.plural("policy.figure.5.4", w.percent(commitment.share()), commitment.decided(),
                            figures.overdueAt(period));
                    link = "/requests/decisions.xhtml";
                }
                case "5.6" -> {
                    figure = w.plural("policy.figure.5.6", figures.deliveries(period));
                    link = "/requests/list.xhtml";
                }
                default -> {
                    if (number.startsWith("4.")) {
                        ContactChannel channel = ContactChannel.values()[Integer.parseInt(number.substring(2)) - 1];
                        figure = w.plural("policy.figure.4", channels.byKey().getOrDefault(channel.name(), 0L));
                        link = "/requests/list.xhtml";
                    }
                }
            }
            clauses.add(new Clause(number, arabic.getString(number), english.getString(number),
                    w.t("policy.does." + number), figure, link));
        }
        return clauses;
    }
}
