package org.hemicycle.version;

import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.jspecify.annotations.Nullable;

/** One version's text, with the version before it to compare with. */
public record VersionPage(Parliament parliament, ActionPlan plan, PlanVersion version, VersionText text,
                          @Nullable Integer previous) {
}
