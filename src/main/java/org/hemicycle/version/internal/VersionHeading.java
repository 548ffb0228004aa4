package org.hemicycle.version.internal;

import java.time.Instant;
import org.hemicycle.version.PlanVersion;
import org.hemicycle.version.VersionKind;
import org.jspecify.annotations.Nullable;

/** A version without its text, for lists. */
public record VersionHeading(Long id, Long planId, int number, VersionKind kind, @Nullable String label,
                             @Nullable String reason, Instant takenAt, @Nullable String takenBy) implements PlanVersion {

    @Override public Long getId() { return id; }
    @Override public Long getPlanId() { return planId; }
    @Override public int getNumber() { return number; }
    @Override public VersionKind getKind() { return kind; }
    @Override public @Nullable String getLabel() { return label; }
    @Override public @Nullable String getReason() { return reason; }
    @Override public Instant getTakenAt() { return takenAt; }
    @Override public @Nullable String getTakenBy() { return takenBy; }
}
