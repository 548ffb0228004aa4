package org.hemicycle.plan.web;

import java.time.LocalDate;

/** Moving a plan into its next step, on the day that actually happened; left empty, that is today. */
record AdvanceForm(LocalDate reachedOn) {

    static AdvanceForm today() {
        return new AdvanceForm(LocalDate.now());
    }
}
