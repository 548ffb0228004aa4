package org.hemicycle.commitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's readings drawn against its baseline and target, laid out here so that the template only writes SVG.
 * Dates run along the x axis, values up the y axis from zero (or the lowest value, when one is negative). Baseline and
 * target are dashed lines, each with its own dash and named in words beside it, so that colour is never the only
 * difference; the page gives the same readings as a table.
 */
public record IndicatorChart(List<Point> points, @Nullable Level baseline, @Nullable Level target, List<Level> ticks,
                             String polyline) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 240;
    public static final int LEFT = 56;
    public static final int RIGHT = 560;
    public static final int TOP = 12;
    public static final int BOTTOM = 200;

    public record Point(double x, double y, CommitmentMonitoring.Reading reading) {
    }

    /** A horizontal line at a value: {@code label} is the value as written. */
    public record Level(double y, String label) {
    }

    public static IndicatorChart of(Indicator indicator, List<CommitmentMonitoring.Reading> readings) {
        List<CommitmentMonitoring.Reading> inOrder = readings.stream()
                .sorted(Comparator.comparing(CommitmentMonitoring.Reading::readOn)).toList();
        @Nullable BigDecimal baseline = number(indicator.getBaseline());
        @Nullable BigDecimal target = number(indicator.getTarget());
        List<BigDecimal> values = new ArrayList<>(inOrder.stream().map(CommitmentMonitoring.Reading::value).toList());
        if (baseline != null) {
            values.add(baseline);
        }
        if (target != null) {
            values.add(target);
        }
        double low = Math.min(0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double high = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        double top = niceCeiling(Math.max(high, low + 1e-9) - low) + low;
        long first = inOrder.isEmpty() ? 0 : inOrder.get(0).readOn().toEpochDay();
        long last = inOrder.isEmpty() ? 0 : inOrder.get(inOrder.size() - 1).readOn().toEpochDay();
        List<Point> points = new ArrayList<>();
        StringBuilder polyline = new StringBuilder();
        for (CommitmentMonitoring.Reading reading : inOrder) {
            double x = last == first ? (LEFT + RIGHT) / 2.0
                    : LEFT + (RIGHT - LEFT) * (reading.readOn().toEpochDay() - first) / (double) (last - first);
            double y = y(reading.value().doubleValue(), low, top);
            points.add(new Point(round(x), round(y), reading));
            polyline.append(polyline.isEmpty() ? "" : " ").append(format(x)).append(',').append(format(y));
        }
        List<Level> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = low + (top - low) * i / 4;
            ticks.add(new Level(round(y(value, low, top)), plain(value)));
        }
        return new IndicatorChart(points,
                baseline == null ? null : new Level(round(y(baseline.doubleValue(), low, top)), indicator.getBaseline()),
                target == null ? null : new Level(round(y(target.doubleValue(), low, top)), indicator.getTarget()),
                ticks, polyline.toString());
    }

    /**
     * A value as people write it, with a decimal point or comma, spaces between thousands, a per cent sign; anything
     * else is no number and is not drawn.
     */
    static @Nullable BigDecimal number(@Nullable String written) {
        if (written == null) {
            return null;
        }
        String digits = written.replaceAll("[\\s\\u00a0%]", "");
        if (digits.indexOf('.') < 0) {
            digits = digits.replace(',', '.');
        } else {
            digits = digits.replace(",", "");
        }
        try {
            return digits.isEmpty() ? null : new BigDecimal(digits);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static double y(double value, double low, double top) {
        return BOTTOM - (BOTTOM - TOP) * (value - low) / (top - low);
    }

    /** The next of 1, 2, 2.5, 5 times a power of ten at or above the span: round values on the axis. */
    private static double niceCeiling(double span) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(span)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= span) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
