package org.hemicycle.plan;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Steps 8 to 10 record one text each: the implementation strategy, the monitoring approach, lessons learned. */
public record Narrative(@Nullable @Size(max = 8000) String text) {
}
