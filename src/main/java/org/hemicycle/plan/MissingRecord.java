package org.hemicycle.plan;

import org.jspecify.annotations.Nullable;
/**
 * A record the plan lacks before it can move on. For a commitment's Annex A field, the commitment's
 * number and the field's label key say which.
 */
public record MissingRecord(PlanPhase step, String messageKey, @Nullable Integer commitmentNumber,
                            @Nullable String fieldKey) {

    public static MissingRecord of(PlanPhase step, String messageKey) {
        return new MissingRecord(step, messageKey, null, null);
    }

    public static MissingRecord inCommitment(int number, String fieldKey) {
        return new MissingRecord(PlanPhase.DRAFTING, "plan.missing.commitment-field", number, fieldKey);
    }
}
