package org.hemicycle.version.internal;

import org.hemicycle.plan.OpenAmendments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the commitment module whether an adopted plan has an amendment open, under which its text may change. */
@Component
@Transactional(readOnly = true)
class AmendmentGate implements OpenAmendments {

    private final PlanAmendmentRepository amendments;

    AmendmentGate(PlanAmendmentRepository amendments) {
        this.amendments = amendments;
    }

    @Override
    public boolean isOpen(Long planId) {
        return amendments.existsById(planId);
    }
}
