package org.hemicycle.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A PhaseTransition as other modules read it; only this module changes it. */
public interface PhaseTransition {

    Long getId();
    Long getPlanId();
    @Nullable PlanPhase getFromPhase();
    PlanPhase getToPhase();
    LocalDate getReachedOn();
    Instant getMovedAt();
    String getMovedBy();
}
