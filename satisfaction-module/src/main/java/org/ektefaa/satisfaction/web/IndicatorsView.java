package org.ektefaa.satisfaction.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.ektefaa.platform.api.web.Notices;
import org.ektefaa.satisfaction.boundary.Figures;
import org.ektefaa.satisfaction.boundary.Figures.Dimension;
import org.ektefaa.satisfaction.api.Indicators.Figure;

/**
 * The quality officer's indicators (policy §3.5): CSAT, NPS, CES and response rate for a period, by
 * channel, request type and service, staff figures only above the minimum group (§3.6), and the trend over
 * twelve months as a chart. Every figure shows its sample size.
 */
@Named
@ViewScoped
public class IndicatorsView implements Serializable {

    @Inject
    Notices notices;

    private static final long serialVersionUID = 1L;

    @Inject
    Figures figures;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Figures.Overview overview;
    private List<Figures.Row> byChannel;
    private List<Figures.Row> byType;
    private List<Figures.Row> byService;
    private Figures.StaffRows byStaff;
    private long followUps;
    private String trendChart;
    private java.util.Map<String, String> serviceNames = java.util.Map.of();

    @Inject
    org.ektefaa.requests.api.RequestDirectory requests;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(clock);
        to = today;
        from = today.withDayOfMonth(1).minusMonths(2);
        refresh();
    }

    public void refresh() {
        if (to.isBefore(from)) {
            notices.error("sat", "indicators.error.period");
            return;
        }
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        overview = figures.overview(start, end);
        byChannel = figures.by(Dimension.CHANNEL, start, end);
        byType = figures.by(Dimension.TYPE, start, end);
        byService = figures.by(Dimension.SERVICE, start, end);
        byStaff = figures.byStaff(start, end);
        // services by their names in the page's language, never their codes (issue #22)
        serviceNames = new java.util.HashMap<>(requests.serviceNames(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        followUps = figures.followUps(start, end);
        trendChart = trend();
    }

    /** A Chart.js line chart of CSAT and NPS per month, labelled in the page's language. */
    private String trend() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder csat = Json.createArrayBuilder();
        JsonArrayBuilder nps = Json.createArrayBuilder();
        for (Figures.Month month : figures.trend(12)) {
            labels.add(month.month().getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.month().getYear());
            add(csat, month.row().csat());
            add(nps, month.row().nps());
        }
        JsonObjectBuilder data = Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", notices.text("sat", "indicators.csat")).add("data", csat)
                        .add("borderColor", "#2e7d4f").add("spanGaps", true))
                .add(Json.createObjectBuilder().add("label", notices.text("sat", "indicators.nps")).add("data", nps)
                        .add("borderColor", "#1a5dab").add("spanGaps", true)));
        boolean rtl = "ar".equals(locale.getLanguage());
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("rtl", rtl)))
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("reverse", rtl))
                        // in Arabic the months run from the right and the values stand on the right (issue #22)
                        .add("y", Json.createObjectBuilder().add("min", -100).add("max", 100)
                                .add("position", rtl ? "right" : "left")));
        return Json.createObjectBuilder().add("type", "line").add("data", data).add("options", options).build().toString();
    }

    private static void add(JsonArrayBuilder values, Figure figure) {
        if (figure.isKnown()) {
            values.add(figure.value());
        } else {
            values.addNull();
        }
    }

    /** A figure as the page shows it: the value, or a dash when nobody answered. */
    public java.util.Map<String, String> getServiceNames() {
        return serviceNames;
    }

    public String show(Figure figure, String suffix) {
        return shown(figure, suffix, byStaff == null ? 0 : byStaff.minimum(), notices.text("sat", "indicators.tooFew"));
    }

    /**
     * A figure as the page shows it: "—" when nothing was answered, "too few answers" below the minimum group (a 100%
     * from one answer is not a result, issue #22), else its value, a negative score keeping its sign on the left in
     * Arabic.
     */
    static String shown(Figure figure, String suffix, int minimum, String tooFew) {
        if (figure == null || !figure.isKnown()) {
            return "—";
        }
        if (figure.n() < minimum) {
            return tooFew;
        }
        return org.ektefaa.platform.api.saudi.Bidi.ltr(figure.value().toPlainString() + suffix);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Figures.Overview getOverview() {
        return overview;
    }

    public List<Figures.Row> getByChannel() {
        return byChannel;
    }

    public List<Figures.Row> getByType() {
        return byType;
    }

    public List<Figures.Row> getByService() {
        return byService;
    }

    public Figures.StaffRows getByStaff() {
        return byStaff;
    }

    public long getFollowUps() {
        return followUps;
    }

    public String getTrendChart() {
        return trendChart;
    }
}
