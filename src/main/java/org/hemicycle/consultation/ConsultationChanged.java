package org.hemicycle.consultation;

import org.hemicycle.plan.PlanAddress;

/** A consultation of a plan, or one of its ideas or their supports, changed: its pages show something new. */
public record ConsultationChanged(Long planId, PlanAddress address) {

    public String consultationsPath() {
        return address.path() + "/consultations";
    }
}
