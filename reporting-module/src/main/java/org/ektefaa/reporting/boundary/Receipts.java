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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Inject
    org.ektefaa.reporting.control.ReportTemplates templates;

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
        String tag = w.locale().getLanguage();
        // the status page opens with the tracking number filled in; the person still types the mobile's last digits
        String status = links.to("/public/status.xhtml?lang=" + tag + "&t=" + visit.trackingNumber());
        Map<String, Object> receipt = new HashMap<>();
        receipt.put("associationName", association.name(w.locale()));
        receipt.put("logo", letterhead.logo());
        receipt.put("title", w.t("receipt.title"));
        receipt.put("trackingLabel", w.t("receipt.tracking"));
        receipt.put("tracking", visit.trackingNumber());
        receipt.put("typeLabel", w.t("receipt.type"));
        receipt.put("typeName", w.type(visit.type().name()));
        receipt.put("serviceLabel", w.t("receipt.service"));
        receipt.put("serviceName", visit.serviceCode() == null ? null
                : requests.serviceNames(w.locale()).getOrDefault(visit.serviceCode(), visit.serviceCode()));
        receipt.put("applicantLabel", w.t("receipt.applicant"));
        receipt.put("applicantName", requests.applicantName(visit.requestId()).orElse(null));
        receipt.put("channelLabel", w.t("receipt.channel"));
        receipt.put("channelName", w.channel(visit.channel().name()));
        receipt.put("receivedLabel", w.t("receipt.received"));
        receipt.put("receivedText", w.date(LocalDate.ofInstant(fact.getReceivedAt(), clock.getZone())));
        receipt.put("commitmentText", w.t("receipt.commitment", association.decisionPeriodDays()));
        receipt.put("statusQr", QrCodes.of(status, 300));
        receipt.put("statusCaption", w.t("receipt.follow", links.to("/public/status.xhtml")));
        surveyLinks.printableLink(visit.requestId(), tag).ifPresent(survey -> {
            receipt.put("surveyQr", QrCodes.of(survey, 300));
            receipt.put("surveyCaption", w.t("receipt.survey"));
        });
        receipt.put("generatedText", w.t("generated", w.date(LocalDate.now(clock))));
        Renderer.Metadata metadata = new Renderer.Metadata(w.t("receipt.title") + " — " + visit.trackingNumber(),
                association.name(w.locale()), w.t("receipt.title"), w.rtl());
        return templates.produce("receipt", source -> Renderer.pdf(source, receipt, metadata, association.arabicDigits()));
    }

    /** Hours as counted: 4, not 4.00; 2.5 as 2.5. */
    private static java.math.BigDecimal hours(java.math.BigDecimal hours) {
        return hours == null ? java.math.BigDecimal.ZERO : hours.stripTrailingZeros().max(java.math.BigDecimal.ZERO)
                .setScale(Math.max(0, hours.stripTrailingZeros().scale()));
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
        // worded for a woman as for a man, the hours' noun agreeing with their number (ICU plurals)
        lines.add(ReportLine.text(w.plural("certificate.text", association.name(w.locale()), c.fullName(), c.reference(),
                hours(c.totalHours()))));
        // each opportunity with its dates in the wide column, its hours beside it (review of #23: the dates wrapped
        // in a narrow column of their own)
        lines.add(ReportLine.header(w.t("certificate.opportunity"), w.t("certificate.hours"), "", "", ""));
        for (VolunteerRecords.Line line : c.lines()) {
            String days = line.firstDay().equals(line.lastDay()) ? w.date(line.firstDay())
                    : w.t("period", w.date(line.firstDay()), w.date(line.lastDay()));
            lines.add(ReportLine.row(line.opportunity() + " — " + days, w.decimal(hours(line.hours())), "", "", ""));
        }
        lines.add(ReportLine.row(w.t("certificate.total"), w.decimal(hours(c.totalHours())), "", "", ""));
        Renderer.Cover cover = new Renderer.Cover(w.rtl(), association.name(w.locale()), w.t("certificate.title"),
                c.fullName(), null, w.t("generated", w.date(LocalDate.now(clock))), letterhead.logo(), w.t("signature.plain"));
        return templates.produce("certificate", "document", source -> Renderer.pdf(source, cover, lines, association.arabicDigits()));
    }

}
