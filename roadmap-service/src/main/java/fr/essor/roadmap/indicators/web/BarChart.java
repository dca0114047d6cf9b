package fr.essor.roadmap.indicators.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A server-rendered SVG bar chart of an indicator: one bar per year for the value, a line for the target. The
 * geometry is computed here so the template only draws it; the page also shows the same figures as a table.
 */
record BarChart(int width, int height, int baseline, List<Bar> bars, List<Target> targets) {

    static final int PLOT_HEIGHT = 180;
    static final int TOP = 20;
    static final int SLOT = 90;
    static final int BAR = 46;

    record Bar(int x, int y, int width, int height, int labelX, String year, String value) {
    }

    record Target(int x1, int x2, int y, String text) {
    }

    /** One year of the chart: its value and target (either may be null). */
    record Point(int year, BigDecimal value, BigDecimal target, String valueText, String targetText) {
    }

    static BarChart of(List<Point> points) {
        BigDecimal max = BigDecimal.ZERO;
        for (Point p : points) {
            max = p.value() != null ? max.max(p.value()) : max;
            max = p.target() != null ? max.max(p.target()) : max;
        }
        int baseline = TOP + PLOT_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int x = 20 + i * SLOT;
            int barHeight = scaled(p.value(), max);
            bars.add(new Bar(x, baseline - barHeight, BAR, barHeight, x + BAR / 2, String.valueOf(p.year()),
                    p.valueText()));
            if (p.target() != null) {
                targets.add(new Target(x - 6, x + BAR + 6, baseline - scaled(p.target(), max), p.targetText()));
            }
        }
        return new BarChart(40 + points.size() * SLOT, baseline + 40, baseline, bars, targets);
    }

    private static int scaled(BigDecimal value, BigDecimal max) {
        if (value == null || max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(PLOT_HEIGHT)).divide(max, 0, RoundingMode.HALF_UP).intValue();
    }
}
