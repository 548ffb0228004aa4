package org.hemicycle.version;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.jspecify.annotations.Nullable;

/** A plan's versions, the latest first, and the amendment open on it if any. */
public record VersionsPage(Parliament parliament, ActionPlan plan, List<PlanVersion> versions,
                           @Nullable OpenAmendment openAmendment, boolean editable) {

    public boolean adopted() {
        return plan.getPhase().isAdopted();
    }
}
