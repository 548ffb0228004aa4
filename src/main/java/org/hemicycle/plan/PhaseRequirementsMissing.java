package org.hemicycle.plan;

import java.util.List;

public class PhaseRequirementsMissing extends RuntimeException {

    private final PlanPhase target;
    private final List<MissingRecord> missing;

    PhaseRequirementsMissing(PlanPhase target, List<MissingRecord> missing) {
        super("Cannot move to " + target + ": " + missing.size() + " records missing");
        this.target = target;
        this.missing = List.copyOf(missing);
    }

    public PlanPhase target() { return target; }
    public List<MissingRecord> missing() { return missing; }
}
