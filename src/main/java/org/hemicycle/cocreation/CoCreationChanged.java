package org.hemicycle.cocreation;

import org.hemicycle.plan.PlanAddress;

/**
 * A plan's forum or one of its meetings changed: the plan's co-creation pages show something new. When only
 * registrations changed, only the meetings' pages do.
 */
public record CoCreationChanged(Long planId, PlanAddress address, boolean registrationsOnly) {

    public String meetingsPath() {
        return address.path() + "/meetings";
    }
}
