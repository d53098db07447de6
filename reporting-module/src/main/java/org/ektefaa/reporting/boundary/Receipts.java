package org.ektefaa.reporting.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ektefaa.platform.api.AssociationProfile;
import org.ektefaa.platform.api.PublicLinks;
import org.ektefaa.platform.api.Role;
import org.ektefaa.platform.api.RuleViolation;
import org.ektefaa.reporting.control.QrCodes;
import org.ektefaa.reporting.control.Renderer;
import org.ektefaa.reporting.control.ReportLine;
import org.ektefaa.reporting.control.Wording;
import org.ektefaa.reporting.entity.RequestFact;
import org.ektefaa.requests.api.RequestDirectory;
import org.ektefaa.volunteering.api.VolunteerRecords;

/**
 * The documents given to one person: the applicant's receipt (tracking number, the decision commitment, a QR code to
 * the status page, and once the service is done one to the survey, policy §3.5) and an approved volunteer's
 * certificate of hours.
 */
@ApplicationScoped
@Transactional
public class Receipts {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Inject
    Instance<AssociationProfile> profile;

    @Inject
    org.ektefaa.reporting.control.Letterhead letterhead;

    @Inject
    RequestDirectory requests;

    @Inject
    VolunteerRecords volunteers;

    @Inject
    org.ektefaa.satisfaction.api.SurveyLinks surveyLinks;

    @Inject
    PublicLinks links;

    @Inject
    Clock clock;

    /**
     * The receipt given to the applicant: tracking number, the decision commitment, a QR code to the status page,
     * and once the service is done a second one to the survey (a printed one-time link, policy §3.5).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @RolesAllowed({Role.RELATIONS_OFFICER_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public byte[] receipt(String trackingNumber, String language) {
        Wording w = new Wording(language);
        RequestFact fact = em.createQuery("select r from RequestFact r where r.trackingNumber = :t", RequestFact.class)
                .setParameter("t", trackingNumber == null ? "" : trackingNumber.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("receipt.error.unknown"));
        RequestDirectory.Visit visit = requests.visit(fact.getTrackingNumber())
                .orElseThrow(() -> new RuleViolation("receipt.error.unknown"));
        AssociationProfile association = profile.get();
        String status = links.to("/public/status.xhtml?lang=" + w.locale().getLanguage());
        List<ReportLine> lines = new ArrayList<>();
        lines.add(ReportLine.header(w.t("receipt.tracking"), visit.trackingNumber(), "", "", ""));
        lines.add(ReportLine.row(w.t("receipt.type"), w.type(visit.type().name()), "", "", ""));
        lines.add(ReportLine.row(w.t("receipt.channel"), w.channel(visit.channel().name()), "", "", ""));
        lines.add(ReportLine.row(w.t("receipt.received"), w.date(LocalDate.ofInstant(fact.getReceivedAt(), clock.getZone())), "", "", ""));
        lines.add(ReportLine.text(w.t("receipt.commitment", association.decisionPeriodDays())));
        lines.add(ReportLine.text(w.t("receipt.follow", status)));
        lines.add(ReportLine.image(QrCodes.of(status, 300)));
        surveyLinks.printableLink(visit.requestId(), w.locale().getLanguage()).ifPresent(survey -> {
            lines.add(ReportLine.text(w.t("receipt.survey")));
            lines.add(ReportLine.image(QrCodes.of(survey, 300)));
        });
        return Renderer.pdf(new Renderer.Cover(w.rtl(), association.name(w.locale()), w.t("receipt.title"),
                visit.trackingNumber(), null, w.t("generated", w.date(LocalDate.now(clock))), letterhead.logo(), null), lines,
                association.arabicDigits());
    }

    /** The certificate of an approved volunteer's hours. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @PermitAll
    public byte[] certificate(long volunteerId) {
        VolunteerRecords.Certificate c = volunteers.certificate(volunteerId)
                .orElseThrow(() -> new RuleViolation("certificate.error.none"));
        Wording w = new Wording(c.language());
        AssociationProfile association = profile.get();
        List<ReportLine> lines = new ArrayList<>();
        lines.add(ReportLine.text(w.t("certificate.text", association.name(w.locale()), c.fullName(), c.reference(),
                c.totalHours())));
        lines.add(ReportLine.header(w.t("certificate.opportunity"), w.t("certificate.hours"), w.t("certificate.days"), "", ""));
        for (VolunteerRecords.Line line : c.lines()) {
            lines.add(ReportLine.row(line.opportunity(), w.number(line.hours()),
                    line.firstDay().equals(line.lastDay()) ? w.date(line.firstDay())
                            : w.t("period", w.date(line.firstDay()), w.date(line.lastDay())), "", ""));
        }
        lines.add(ReportLine.row(w.t("certificate.total"), w.number(c.totalHours()), "", "", ""));
        return Renderer.pdf(new Renderer.Cover(w.rtl(), association.name(w.locale()), w.t("certificate.title"), c.fullName(),
                null, w.t("generated", w.date(LocalDate.now(clock))), letterhead.logo(), w.t("signature.plain")), lines,
                association.arabicDigits());
    }

}
