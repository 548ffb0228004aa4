package org.hemicycle.consultation;

import org.hemicycle.plan.PlanAddress;

/**
 * A consultation of a plan, or one of its ideas or their supports, changed: its pages show something new. An answer
 * changes the plan's own pages too ({@code planPagesToo}): the commitment an idea is accepted into lists it.
 */
public record ConsultationChanged(Long planId, PlanAddress address, boolean planPagesToo) {

    public ConsultationChanged(Long planId, PlanAddress address) {
        this(planId, address, false);
    }

    public String consultationsPath() {
        return address.path() + "/consultations";
    }
}
