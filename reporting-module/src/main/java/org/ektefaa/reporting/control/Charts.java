package org.ektefaa.reporting.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.ektefaa.platform.api.saudi.DigitStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The reports' charts, drawn as images with the same DejaVu Sans font the PDF embeds, so Arabic labels are
 * shaped and ordered by Java's text layout (a chart drawn by the PDF exporter prints Arabic reversed). In Arabic
 * the category axis runs right to left.
 */
public final class Charts {

    private static final Font FONT = load();
    private static final Color GREEN = new Color(0x2E, 0x7D, 0x4F);
    private static final Color BLUE = new Color(0x1A, 0x5D, 0xAB);

    private Charts() {
    }

    private static Font load() {
        try (InputStream in = Charts.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(11f);
        } catch (IOException | FontFormatException | NullPointerException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        }
    }

    /**
     * Lines over the categories (quarters, months), given in reading order: one series per entry of {@code series},
     * all of one measure (issue #23: one measure per axis), with the axes titled.
     */
    public static BufferedImage lines(String title, String categoryAxis, String valueAxis,
                                      Map<String, Map<String, Number>> series, boolean rtl, double lowest, double highest) {
        return lines(title, categoryAxis, valueAxis, series, rtl, lowest, highest, DigitStyle.ARABIC_INDIC);
    }

    /** As above, the categories' and the scale's digits in {@code digits} in Arabic (the profile's style). */
    public static BufferedImage lines(String title, String categoryAxis, String valueAxis,
                                      Map<String, Map<String, Number>> series, boolean rtl, double lowest, double highest,
                                      DigitStyle digits) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, points) -> ordered(points, rtl).forEach((category, value) -> data.addValue(value, name,
                rtl ? digits.shape(category) : category)));
        JFreeChart chart = ChartFactory.createLineChart(title, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        CategoryPlot plot = style(chart, rtl, digits);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, GREEN);
        renderer.setSeriesPaint(1, BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        ((NumberAxis) plot.getRangeAxis()).setRange(lowest, highest);
        return chart.createBufferedImage(1070, 400);
    }

    /** Bars of counts per category (days to decision), with the axes titled. */
    public static BufferedImage bars(String title, String categoryAxis, String valueAxis, Map<String, Number> values,
                                     boolean rtl) {
        return bars(title, categoryAxis, valueAxis, values, rtl, DigitStyle.ARABIC_INDIC);
    }

    /** As above, the categories' and the scale's digits in {@code digits} in Arabic (the profile's style). */
    public static BufferedImage bars(String title, String categoryAxis, String valueAxis, Map<String, Number> values,
                                     boolean rtl, DigitStyle digits) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ordered(values, rtl).forEach((category, value) -> data.addValue(value, title, rtl ? digits.shape(category) : category));
        JFreeChart chart = ChartFactory.createBarChart(title, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL,
                false, false, false);
        CategoryPlot plot = style(chart, rtl, digits);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, GREEN);
        renderer.setShadowVisible(false);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits(
                Renderer.locale(rtl, digits)));
        return chart.createBufferedImage(1070, 400);
    }

    /** In Arabic the first category is drawn on the right: the categories are added in reverse. */
    private static Map<String, Number> ordered(Map<String, Number> values, boolean rtl) {
        if (!rtl) {
            return values;
        }
        java.util.List<String> keys = new java.util.ArrayList<>(values.keySet());
        java.util.Collections.reverse(keys);
        Map<String, Number> reversed = new java.util.LinkedHashMap<>();
        keys.forEach(k -> reversed.put(k, values.get(k)));
        return reversed;
    }

    private static CategoryPlot style(JFreeChart chart, boolean rtl, DigitStyle digits) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 16f));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT.deriveFont(13f));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD5, 0xDD, 0xD8));
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(FONT.deriveFont(13f));
        categories.setLabelFont(FONT.deriveFont(Font.BOLD, 13f));
        plot.getRangeAxis().setTickLabelFont(FONT.deriveFont(12f));
        plot.getRangeAxis().setLabelFont(FONT.deriveFont(Font.BOLD, 13f));
        if (rtl) {
            plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        }
        // the scale's numbers in the report's digits (review of #22: they were always Latin)
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(
                Renderer.locale(rtl, digits)));
        return plot;
    }
}
