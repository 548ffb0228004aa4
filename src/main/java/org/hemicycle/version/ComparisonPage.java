package org.hemicycle.version;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.jspecify.annotations.Nullable;

/** Two versions compared; a null {@code to} is the plan's text as it stands now. */
public record ComparisonPage(Parliament parliament, ActionPlan plan, PlanVersion from, @Nullable PlanVersion to,
                             VersionComparison comparison, List<PlanVersion> versions) {
}
