package org.hemicycle.plan;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Step 2: the multi-partisan body leading the plan and the process that will commit parliament. */
public record LeadBody(@Nullable @Size(max = 300) String name,
                       @Nullable @Size(max = 8000) String mandate,
                       @Nullable AuthorizationMechanism authorizationMechanism,
                       @Nullable @Size(max = 4000) String authorizationDetails,
                       @Nullable @Size(max = 4000) String resources,
                       @Nullable @Size(max = 4000) String priorities) {
}
