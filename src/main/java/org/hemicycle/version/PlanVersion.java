package org.hemicycle.version;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A version as other modules read it: numbered from 1 in each plan, never changed once taken. */
public interface PlanVersion {

    Long getId();
    Long getPlanId();
    int getNumber();
    VersionKind getKind();
    @Nullable String getLabel();
    @Nullable String getReason();
    Instant getTakenAt();
    /** Null for the version the adoption itself took. */
    @Nullable String getTakenBy();
}
