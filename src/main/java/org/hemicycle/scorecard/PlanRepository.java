package org.hemicycle.scorecard;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** Every document of a plan's process in one list, the latest first (OGP standard 2). */
public record PlanRepository(Parliament parliament, ActionPlan plan, List<RepositoryEntry> entries) {
}
