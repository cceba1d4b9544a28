package org.orgsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

import org.orgsim.contract.Metric;
import org.orgsim.results.Estimate;
import org.orgsim.results.PairedComparison;
import org.orgsim.results.ResultsDirectory;

/**
 * The report's charts as JFreeChart objects: one time series per headline metric and the trade-off
 * chart. Colours are the Okabe–Ito palette (distinguishable with the common colour-vision
 * deficiencies, and without yellow, which is too pale on white); every variant also has its own
 * line pattern or marker shape, so colour is never the only cue. Fonts are large enough to be read
 * from the back of a room when a chart fills half a projected slide.
 */
final class ReportCharts {
    static final int WIDTH = 800;
    static final int HEIGHT = 460;
    /** The CSS class of the SVG group around each intervention marker. */
    static final String MARKER_CLASS = "intervention-marker";

    /** Okabe–Ito: black, blue, vermillion, bluish green, reddish purple, orange, sky blue. */
    static final Color[] PALETTE = {new Color(0x000000), new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9)};
    private static final float[][] DASHES = {null, {10f, 5f}, {3f, 4f}, {14f, 4f, 3f, 4f}, {6f, 6f},
            {2f, 2f}, {16f, 3f, 3f, 3f, 3f, 3f}};
    private static final Color MARKER = new Color(0x555555);
    private static final Color BLACK_BAND = new Color(0x8C8C8C);
    private static final Color GRID = new Color(0xD9D9D9);
    private static final String FONT = Font.SANS_SERIF;
    private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 22);
    private static final Font SUBTITLE_FONT = new Font(FONT, Font.PLAIN, 15);
    private static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 17);
    private static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 15);
    private static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 16);
    private static final Font NOTE_FONT = new Font(FONT, Font.PLAIN, 14);

    static {
        // Rotated labels (the value axis) as SVG text, not as glyph outlines: searchable, selectable
        // and read by screen readers. The workaround is for old JDKs that drew rotated text wrongly.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ReportCharts() {
    }

    static Color colour(int variantIndex) {
        return PALETTE[variantIndex % PALETTE.length];
    }

    static Stroke stroke(int variantIndex) {
        float[] dash = DASHES[variantIndex % DASHES.length];
        return dash == null ? new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)
                : new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /**
     * Mean line and 95% band of {@code metric} per variant over weeks 0..horizon, with a dashed
     * vertical line at each week in {@code markerWeeks}.
     */
    static JFreeChart timeSeries(ResultsDirectory data, Metric metric, Messages messages, SortedSet<Integer> markerWeeks) {
        double scale = MetricView.scale(metric);
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        List<ResultsDirectory.Variant> variants = data.variants();
        for (ResultsDirectory.Variant variant : variants) {
            YIntervalSeries series = new YIntervalSeries(variant.name(), false, true);
            List<Estimate> weekly = variant.weekly(metric);
            for (int week = 0; week < weekly.size(); week++) {
                Estimate estimate = weekly.get(week);
                if (Double.isFinite(estimate.mean())) {
                    double mean = estimate.mean() * scale;
                    // The t-interval of a mean near a bound can cross it (a latency band below zero); the
                    // band is drawn only where the metric can be.
                    double low = Math.max(MetricView.lowest(metric), estimate.hasInterval() ? estimate.ciLow() * scale : mean);
                    double high = Math.min(MetricView.highest(metric), estimate.hasInterval() ? estimate.ciHigh() * scale : mean);
                    series.add(week, mean, low, high);
                }
            }
            dataset.addSeries(series);
        }

        MarkerGroupingRenderer renderer = new MarkerGroupingRenderer(metric.key());
        renderer.setAlpha(0.16f);
        for (int index = 0; index < variants.size(); index++) {
            renderer.setSeriesPaint(index, colour(index));
            // A black band at the common alpha would be a dark grey wall over the other bands.
            renderer.setSeriesFillPaint(index, colour(index).equals(Color.BLACK) ? BLACK_BAND : colour(index));
            renderer.setSeriesStroke(index, stroke(index));
        }
        renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
        NumberAxis weekAxis = axis(messages.text("chart.week"), messages);
        weekAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(messages.language().locale()));
        weekAxis.setAutoRangeIncludesZero(false);
        weekAxis.setRange(0, Math.max(1, data.weeks()));
        NumberAxis valueAxis = axis(MetricView.unit(messages, metric), messages);
        valueAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, weekAxis, valueAxis, renderer);
        style(plot);
        boolean labelled = markerWeeks.size() <= 6;
        for (int week : markerWeeks) {
            ValueMarker marker = new ValueMarker(week, MARKER, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            if (labelled) {
                marker.setLabel(messages.text("chart.markerLabel", week));
                marker.setLabelFont(NOTE_FONT);
                marker.setLabelPaint(MARKER);
                marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            }
            plot.addDomainMarker(marker);
        }
        JFreeChart chart = new JFreeChart(MetricView.name(messages, metric), TITLE_FONT, plot, true);
        finish(chart);
        return chart;
    }

    /** The composite of the trade-off chart for one variant: x in %, y in percentage points. */
    record TradeOffPoint(String variant, int variantIndex, double x, double xLow, double xHigh, double y, double yLow,
                         double yHigh) {
    }

    /**
     * Throughput change in percent of the baseline's throughput versus the change in the share of
     * staff with burnout complaints in percentage points, per alternative variant, over the main
     * period ({@link ImpactBasis}). Empty when the baseline's throughput is zero or undefined (no
     * percentage exists).
     */
    static List<TradeOffPoint> tradeOffPoints(ResultsDirectory data) {
        ImpactBasis basis = new ImpactBasis(data);
        double baseThroughput = basis.baseline(Metric.THROUGHPUT.key()).mean();
        if (!Double.isFinite(baseThroughput) || baseThroughput == 0) {
            return List.of();
        }
        List<ResultsDirectory.Variant> variants = data.variants();
        return variants.stream().filter(variant -> !variant.baseline())
                .filter(variant -> basis.versus(variant, Metric.THROUGHPUT.key()).isPresent()
                        && basis.versus(variant, Metric.BURNOUT_RATE.key()).isPresent())
                .map(variant -> {
                    PairedComparison throughput = basis.versus(variant, Metric.THROUGHPUT.key()).orElseThrow();
                    PairedComparison burnout = basis.versus(variant, Metric.BURNOUT_RATE.key()).orElseThrow();
                    double factor = 100 / baseThroughput;
                    return new TradeOffPoint(variant.name(), variants.indexOf(variant),
                            throughput.meanDiff() * factor, low(throughput) * factor, high(throughput) * factor,
                            burnout.meanDiff() * 100, low(burnout) * 100, high(burnout) * 100);
                })
                .filter(point -> Double.isFinite(point.x()) && Double.isFinite(point.y()))
                .toList();
    }

    private static double low(PairedComparison comparison) {
        return comparison.hasInterval() ? comparison.ciLow() : comparison.meanDiff();
    }

    private static double high(PairedComparison comparison) {
        return comparison.hasInterval() ? comparison.ciHigh() : comparison.meanDiff();
    }

    /** The trade-off chart of {@link #tradeOffPoints}, symmetric around the baseline at (0, 0). */
    static JFreeChart tradeOff(ResultsDirectory data, List<TradeOffPoint> points, Messages messages) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(2.5f));
        renderer.setCapLength(10);
        double xLow = 0;
        double xHigh = 0;
        double yLow = 0;
        double yHigh = 0;
        for (int index = 0; index < points.size(); index++) {
            TradeOffPoint point = points.get(index);
            XYIntervalSeries series = new XYIntervalSeries(point.variant());
            series.add(point.x(), point.xLow(), point.xHigh(), point.y(), point.yLow(), point.yHigh());
            dataset.addSeries(series);
            renderer.setSeriesPaint(index, colour(point.variantIndex()));
            renderer.setSeriesShape(index, shape(point.variantIndex()));
            xLow = Math.min(xLow, point.xLow());
            xHigh = Math.max(xHigh, point.xHigh());
            yLow = Math.min(yLow, point.yLow());
            yHigh = Math.max(yHigh, point.yHigh());
        }
        renderer.setErrorPaint(null);
        NumberAxis xAxis = axis(messages.text("tradeoff.xAxis"), messages);
        NumberAxis yAxis = axis(messages.text("tradeoff.yAxis"), messages);
        double[] xRange = quadrantRange(xLow, xHigh);
        double[] yRange = quadrantRange(yLow, yHigh);
        xAxis.setRange(xRange[0], xRange[1]);
        yAxis.setRange(yRange[0], yRange[1]);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        style(plot);
        Stroke zero = new BasicStroke(1.5f);
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, zero));
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, zero));
        double xInset = (xRange[1] - xRange[0]) * 0.015;
        double yInset = (yRange[1] - yRange[0]) * 0.03;
        plot.addAnnotation(quadrant(messages.text("tradeoff.moreMore"), xRange[1] - xInset, yRange[1] - yInset, TextAnchor.TOP_RIGHT));
        plot.addAnnotation(quadrant(messages.text("tradeoff.moreLess"), xRange[1] - xInset, yRange[0] + yInset, TextAnchor.BOTTOM_RIGHT));
        plot.addAnnotation(quadrant(messages.text("tradeoff.lessMore"), xRange[0] + xInset, yRange[1] - yInset, TextAnchor.TOP_LEFT));
        plot.addAnnotation(quadrant(messages.text("tradeoff.lessLess"), xRange[0] + xInset, yRange[0] + yInset, TextAnchor.BOTTOM_LEFT));
        JFreeChart chart = new JFreeChart(messages.text("tradeoff.title", new ImpactBasis(data).when(messages)), TITLE_FONT, plot, true);
        TextTitle subtitle = new TextTitle(messages.text("tradeoff.subtitle"), SUBTITLE_FONT);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(subtitle);
        finish(chart);
        return chart;
    }

    /**
     * An axis range that holds zero and every whisker, with room on both sides of zero for the
     * quadrant labels: each side gets at least a quarter of the span.
     */
    static double[] quadrantRange(double low, double high) {
        double span = high - low;
        if (!(span > 0)) {
            return new double[] {-1, 1};
        }
        double lower = Math.min(low - span * 0.075, -span * 0.3);
        double upper = Math.max(high + span * 0.075, span * 0.3);
        return new double[] {lower, upper};
    }

    private static XYTextAnnotation quadrant(String text, double x, double y, TextAnchor anchor) {
        XYTextAnnotation annotation = new XYTextAnnotation(text, x, y);
        annotation.setFont(NOTE_FONT);
        annotation.setPaint(new Color(0x444444));
        annotation.setTextAnchor(anchor);
        return annotation;
    }

    private static Shape shape(int variantIndex) {
        double size = 13;
        double half = size / 2;
        switch (variantIndex % 4) {
            case 1:
                return new Ellipse2D.Double(-half, -half, size, size);
            case 2:
                return new Rectangle2D.Double(-half, -half, size, size);
            case 3: {
                Path2D.Double triangle = new Path2D.Double();
                triangle.moveTo(0, -half - 1);
                triangle.lineTo(half + 1, half);
                triangle.lineTo(-half - 1, half);
                triangle.closePath();
                return triangle;
            }
            default: {
                Path2D.Double diamond = new Path2D.Double();
                diamond.moveTo(0, -half - 1);
                diamond.lineTo(half + 1, 0);
                diamond.lineTo(0, half + 1);
                diamond.lineTo(-half - 1, 0);
                diamond.closePath();
                return diamond;
            }
        }
    }

    private static NumberAxis axis(String label, Messages messages) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.DARK_GRAY);
        axis.setTickMarkPaint(Color.DARK_GRAY);
        NumberFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(messages.language().locale()));
        axis.setNumberFormatOverride(format);
        return axis;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    private static void finish(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        chart.getTitle().setPaint(Color.BLACK);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
    }

    /**
     * Draws the band-and-line series, and wraps each domain marker in an SVG group
     * ({@code <g class="intervention-marker" data-week="26">}) when drawing to SVG, so that the
     * markers can be found in the file and in the report.
     */
    private static final class MarkerGroupingRenderer extends DeviationRenderer {
        private static final long serialVersionUID = 1L;
        private final String chartId;

        MarkerGroupingRenderer(String chartId) {
            super(true, false);
            this.chartId = chartId;
        }

        @Override
        public void drawDomainMarker(Graphics2D g2, XYPlot plot, ValueAxis domainAxis, Marker marker,
                                     Rectangle2D dataArea) {
            boolean svg = g2 instanceof SVGGraphics2D && marker instanceof ValueMarker;
            if (svg) {
                long week = Math.round(((ValueMarker) marker).getValue());
                Map<String, String> group = new LinkedHashMap<>();
                group.put("id", chartId + "-marker-week-" + week);
                group.put("class", MARKER_CLASS);
                group.put("data-week", Long.toString(week));
                g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, group);
            }
            super.drawDomainMarker(g2, plot, domainAxis, marker, dataArea);
            if (svg) {
                g2.setRenderingHint(SVGHints.KEY_END_GROUP, chartId);
            }
        }
    }
}
