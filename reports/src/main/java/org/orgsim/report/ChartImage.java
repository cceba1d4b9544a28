package org.orgsim.report;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * One chart rendered twice: as PNG (for slides and documents) and as SVG (vector, inlined in the
 * report so that it stays sharp on a projector and in print). The same input gives the same bytes:
 * the SVG's definition ids get a fixed prefix per chart (JFreeSVG's default prefix is time-based, and
 * two inline SVGs with the same ids would also clash in one page).
 *
 * @param id  file stem and element id, e.g. {@code throughput} or {@code trade-off}
 * @param png the PNG file's bytes
 * @param svg the {@code <svg>} element with a view box, so CSS can scale it
 */
record ChartImage(String id, byte[] png, String svg) {
    static ChartImage render(String id, JFreeChart chart, int width, int height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        graphics.setDefsKeyPrefix(id + "-");
        graphics.setGeomDoubleConverter(ChartImage::coordinate);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        String svg = graphics.getSVGElement("chart-" + id + "-svg", true, new ViewBox(0, 0, width, height), null, null);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, width, height);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new ChartImage(id, png.toByteArray(), svg);
    }

    /** A coordinate with at most two decimals (a hundredth of a pixel): smaller files, same picture. */
    static String coordinate(double value) {
        double rounded = Math.rint(value * 100) / 100;
        if (rounded == 0) {
            return "0";
        }
        if (Math.abs(rounded) >= 1e6 || !Double.isFinite(rounded)) {
            return java.math.BigDecimal.valueOf(rounded).toPlainString();
        }
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /** The SVG as a standalone file. */
    String svgDocument() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n";
    }

    /**
     * The SVG element for the HTML page: an image with an accessible name ({@code <title>} referenced
     * by {@code aria-labelledby}) that keyboard focus skips.
     */
    String inlineSvg(String titleId, String alternativeText) {
        int start = svg.indexOf("<svg");
        int end = svg.indexOf('>', start);
        String openTag = svg.substring(start, end);
        if (openTag.endsWith("/")) {
            openTag = openTag.substring(0, openTag.length() - 1);
        }
        return openTag + " role='img' aria-labelledby='" + titleId + "' focusable='false' class='chart-svg'><title id='"
                + titleId + "'>" + Html.escape(alternativeText) + "</title>" + svg.substring(end + 1);
    }
}
