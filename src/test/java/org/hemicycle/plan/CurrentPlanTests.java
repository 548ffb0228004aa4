package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hemicycle.plan.internal.ActionPlanEntity;
import org.junit.jupiter.api.Test;

class CurrentPlanTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aPlanPublishedAheadOfItsPeriodDoesNotHideTheOneBeingImplemented() {
        ActionPlan next = plan(2028, 2029);
        ActionPlan running = plan(2025, 2027);
        ActionPlan past = plan(2022, 2024);

        assertThat(CurrentPlan.of(List.of(next, running, past), TODAY)).contains(running);
        assertThat(CurrentPlan.of(List.of(next, past), TODAY)).contains(past);
        assertThat(CurrentPlan.of(List.of(plan(2030, 2031), next), TODAY)).contains(next);
        assertThat(CurrentPlan.of(List.of(), TODAY)).isEmpty();
    }

    private static ActionPlan plan(int from, int to) {
        return new ActionPlanEntity(1L, from + "-" + to, new PlanDetails("Plan " + from, null, LocalDate.of(from, 3, 1),
                LocalDate.of(to, 2, 28), "en"));
    }
}
