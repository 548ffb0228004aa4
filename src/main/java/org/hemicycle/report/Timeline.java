package org.hemicycle.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.plan.ActionPlan;
import org.jspecify.annotations.Nullable;

/**
 * A plan's activities as a Gantt chart, laid out here so that the template only writes SVG: one row per activity,
 * labelled by its commitment's number and its place in it ("2.3"), a bar from its start to its end whose filled part
 * is its progress, a hatch on the bars that are overdue (so that colour is never the only sign) and a line on today.
 * Time runs from the plan's period start to its end, widened to any activity outside it.
 */
public record Timeline(List<Row> rows, List<Tick> ticks, @Nullable Double todayX, int height) {

    public static final int WIDTH = 720;
    public static final int LEFT = 44;
    public static final int RIGHT = 712;
    public static final int TOP = 22;
    public static final int ROW = 16;
    public static final int BAR = 10;
    /** The least room between two year marks, so that their labels do not overlap. */
    static final int MIN_TICK_GAP = 40;

    /** An activity's row: {@code firstOfCommitment} draws the line that separates commitments. */
    public record Row(String label, int commitmentNumber, Activity activity, double y, double x, double width,
                      double doneWidth, boolean overdue, boolean firstOfCommitment) {
    }

    /** The first day of a year, where the axis names it. */
    public record Tick(double x, String label) {
    }

    public static Timeline of(ActionPlan plan, List<WholeCommitment> commitments, LocalDate today, Predicate<Activity> overdue) {
        LocalDate from = plan.getPeriodStart();
        LocalDate to = plan.getPeriodEnd();
        for (WholeCommitment whole : commitments) {
            for (Activity activity : whole.activities()) {
                from = activity.getStartDate().isBefore(from) ? activity.getStartDate() : from;
                to = activity.getEndDate().isAfter(to) ? activity.getEndDate() : to;
            }
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        List<Row> rows = new ArrayList<>();
        for (WholeCommitment whole : commitments) {
            int place = 0;
            for (Activity activity : whole.activities()) {
                place++;
                double x = x(activity.getStartDate(), from, span);
                double end = x(activity.getEndDate().plusDays(1), from, span);
                double width = Math.max(2, end - x);
                rows.add(new Row(whole.commitment().getNumber() + "." + place, whole.commitment().getNumber(), activity,
                        TOP + rows.size() * ROW, round(x), round(width), round(width * activity.getProgressPercent() / 100.0),
                        overdue.test(activity), place == 1));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        // The year the axis starts in is named at its start, unless the next year's mark is too close to leave room.
        LocalDate firstNewYear = from.withDayOfYear(1).plusYears(1);
        if (from.getDayOfYear() != 1 && x(firstNewYear, from, span) - LEFT >= MIN_TICK_GAP) {
            ticks.add(new Tick(LEFT, String.valueOf(from.getYear())));
        }
        for (LocalDate year = from.withDayOfYear(1).plusYears(from.getDayOfYear() == 1 ? 0 : 1); !year.isAfter(to);
             year = year.plusYears(1)) {
            ticks.add(new Tick(round(x(year, from, span)), String.valueOf(year.getYear())));
        }
        Double todayX = today.isBefore(from) || today.isAfter(to) ? null : round(x(today, from, span));
        return new Timeline(rows, ticks, todayX, TOP + rows.size() * ROW + 6);
    }

    private static double x(LocalDate day, LocalDate from, long span) {
        return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(from, day) / (double) span;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
