package io.eventd.bench.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Plain SVG text charts: a cumulative distribution of several samples (log-scaled x, e.g. lateness in ms) and a
 * bar chart of labelled values.
 */
final class SvgChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

    private SvgChart() {
    }

    /** One line per series: the fraction of values at or below x; x on a log10 axis from the smallest decade. */
    static String cdf(String title, String xLabel, Map<String, double[]> series) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double[] values : series.values()) {
            for (double v : values) {
                max = Math.max(max, v);
                min = v > 0 ? Math.min(min, v) : min;
            }
        }
        min = Math.max(0.01, Math.min(min, max));
        max = Math.max(max, min * 10);
        double logMin = Math.floor(Math.log10(min));
        double logMax = Math.ceil(Math.log10(max));
        StringBuilder svg = header(title);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        for (double decade = logMin; decade <= logMax; decade++) {
            double x = LEFT + (decade - logMin) / (logMax - logMin) * plotW;
            svg.append(line(x, TOP, x, TOP + plotH, "#ddd"));
            svg.append(text(x, TOP + plotH + 18, "middle", format(Math.pow(10, decade))));
        }
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = TOP + plotH - pct / 100.0 * plotH;
            svg.append(line(LEFT, y, LEFT + plotW, y, "#ddd"));
            svg.append(text(LEFT - 8, y + 4, "end", pct + "%"));
        }
        int index = 0;
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            double[] sorted = new Percentiles(s.getValue()).sorted();
            String colour = COLOURS[index % COLOURS.length];
            StringBuilder points = new StringBuilder();
            int step = Math.max(1, sorted.length / 2000);
            for (int i = 0; i < sorted.length; i += step) {
                appendPoint(points, sorted, i, logMin, logMax, plotW, plotH);
            }
            if (sorted.length > 0) {
                appendPoint(points, sorted, sorted.length - 1, logMin, logMax, plotW, plotH);
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                    .append(points).append("\"/>\n");
            svg.append(text(LEFT + 10, TOP + 16 + 16 * index, "start", s.getKey()).replace("<text ",
                    "<text fill=\"" + colour + "\" "));
            index++;
        }
        svg.append(text(LEFT + plotW / 2.0, HEIGHT - 15, "middle", xLabel));
        return svg.append("</svg>\n").toString();
    }

    /** Horizontal-axis labels, one bar each; the value is written above the bar. */
    static String bars(String title, String yLabel, LinkedHashMap<String, Double> values) {
        double max = values.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        StringBuilder svg = header(title);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        double slot = plotW / (double) Math.max(1, values.size());
        int index = 0;
        for (Map.Entry<String, Double> bar : values.entrySet()) {
            double h = max <= 0 ? 0 : bar.getValue() / max * plotH;
            double x = LEFT + index * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n", x,
                    TOP + plotH - h, slot * 0.7, h, COLOURS[index % COLOURS.length]));
            svg.append(text(x + slot * 0.35, TOP + plotH - h - 5, "middle", format(bar.getValue())));
            svg.append(text(x + slot * 0.35, TOP + plotH + 18, "middle", bar.getKey()));
            index++;
        }
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#000"));
        svg.append(text(15, TOP + plotH / 2.0, "middle", yLabel)
                .replace("<text ", "<text transform=\"rotate(-90 15 " + (TOP + plotH / 2) + ")\" "));
        return svg.append("</svg>\n").toString();
    }

    private static void appendPoint(StringBuilder points, double[] sorted, int i, double logMin, double logMax,
            int plotW, int plotH) {
        double v = Math.max(Math.pow(10, logMin), sorted[i]);
        double x = LEFT + (Math.log10(v) - logMin) / (logMax - logMin) * plotW;
        double y = TOP + plotH - (i + 1.0) / sorted.length * plotH;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }

    private static StringBuilder header(String title) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" "
                        + "font-size=\"12\">\n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n", WIDTH,
                HEIGHT)).append(text(WIDTH / 2.0, 22, "middle", title).replace("<text ", "<text font-size=\"15\" "));
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                x1, y1, x2, y2, colour);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>\n", x, y,
                anchor, content.replace("&", "&amp;").replace("<", "&lt;"));
    }

    private static String format(double value) {
        if (value >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
