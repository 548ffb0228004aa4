package org.hemicycle.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.Test;

/** The Gantt layout: where bars start and end, what is filled, the years on the axis and today's line. */
class TimelineTests {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void barsSpanTheirDatesWithinThePlanAndFillAsFarAsTheActivityWent() {
        Activity firstYear = activity(START, LocalDate.of(2025, 12, 31), 50);
        Activity secondYear = activity(LocalDate.of(2026, 1, 1), END, 0);
        Timeline timeline = Timeline.of(plan(START, END), List.of(whole(3, firstYear, secondYear)), LocalDate.of(2026, 1, 1),
                activity -> false);

        assertThat(timeline.rows()).extracting(Timeline.Row::label).containsExactly("3.1", "3.2");
        Timeline.Row first = timeline.rows().get(0);
        Timeline.Row second = timeline.rows().get(1);
        assertThat(first.x()).isEqualTo(Timeline.LEFT);
        assertThat(first.doneWidth()).isCloseTo(first.width() / 2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(second.doneWidth()).isZero();
        assertThat(first.x() + first.width()).isCloseTo(second.x(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(second.x() + second.width()).isCloseTo(Timeline.RIGHT, org.assertj.core.data.Offset.offset(0.2));
        assertThat(first.firstOfCommitment()).isTrue();
        assertThat(second.firstOfCommitment()).isFalse();
        assertThat(second.y()).isEqualTo(first.y() + Timeline.ROW);
        assertThat(timeline.ticks()).extracting(Timeline.Tick::label).containsExactly("2025", "2026");
        assertThat(timeline.todayX()).isCloseTo(second.x(), org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void anActivityOutsideThePeriodWidensTheAxisAndTodayOutsideItHasNoLine() {
        Activity early = activity(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 2, 1), 100);
        Timeline timeline = Timeline.of(plan(START, END), List.of(whole(1, early)), LocalDate.of(2030, 1, 1), activity -> true);

        assertThat(timeline.rows().get(0).x()).isEqualTo(Timeline.LEFT);
        assertThat(timeline.rows().get(0).overdue()).isTrue();
        assertThat(timeline.ticks()).extracting(Timeline.Tick::label).containsExactly("2024", "2025", "2026");
        assertThat(timeline.ticks().get(0).x()).isEqualTo(Timeline.LEFT);
        assertThat(timeline.ticks().get(1).x()).isGreaterThan(Timeline.LEFT);
        assertThat(timeline.todayX()).isNull();
    }

    private static ActionPlan plan(LocalDate start, LocalDate end) {
        return proxy(ActionPlan.class, name -> switch (name) {
            case "getPeriodStart" -> start;
            case "getPeriodEnd" -> end;
            default -> null;
        });
    }

    private static WholeCommitment whole(int number, Activity... activities) {
        Commitment commitment = proxy(Commitment.class, name -> name.equals("getNumber") ? number : null);
        return new WholeCommitment(commitment, List.of(activities), List.of());
    }

    private static Activity activity(LocalDate start, LocalDate end, int percent) {
        return proxy(Activity.class, name -> switch (name) {
            case "getStartDate" -> start;
            case "getEndDate" -> end;
            case "getProgressPercent" -> percent;
            case "isCompleted" -> percent == 100;
            default -> null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, java.util.function.Function<String, Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, arguments) -> answer.apply(method.getName()));
    }
}
