package org.ektefaa.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ektefaa.platform.api.DatabaseMigrated;

/**
 * Right after start-up, in the background, produces one small Arabic report with a chart and a QR code and throws it
 * away: JasperReports loads its extensions, the embedded fonts and the PDF exporter once (about three seconds on two
 * cores), and Java2D its font rasteriser — so the first board member to produce a report does not wait for that.
 */
@ApplicationScoped
public class RendererWarmUp {

    private static final Logger LOG = Logger.getLogger(RendererWarmUp.class.getName());

    @Resource
    ManagedExecutorService executor;

    /** Off where servers start often and live briefly (the container tests), where it only competes for processors. */
    @Inject
    @ConfigProperty(name = "ektefaa.reporting.warm-up", defaultValue = "true")
    boolean enabled;

    void on(@Observes DatabaseMigrated migrated) {
        if (!enabled) {
            return;
        }
        executor.execute(() -> {
            try {
                Map<String, Number> buckets = new LinkedHashMap<>();
                buckets.put("٠–٣", 4);
                buckets.put("٤–٧", 7);
                Renderer.pdf(new Renderer.Cover(true, "اكتفاء", "تقرير", "الربع", null, "اليوم", null, "—"),
                        List.of(ReportLine.section("المؤشرات"), ReportLine.header("المؤشر", "القيمة", "السابقة", "المستهدف", "العينة"),
                                ReportLine.row("الرضا", "٨٧٫٥٪", "—", "٨٥٪", "٤٠"),
                                ReportLine.image(Charts.bars("الالتزام", "الأيام", "القرارات", buckets, true)),
                                ReportLine.image(QrCodes.of("http://localhost/public/status.xhtml", 200))));
            } catch (RuntimeException | LinkageError e) {
                // the first real report pays the cost instead, or shows its own error
                LOG.warning("Report warm-up failed: " + e.getClass().getName());
            }
        });
    }
}
