package org.hemicycle.plan;

import jakarta.validation.constraints.Size;

/** Step 2: the multi-partisan body leading the plan and the process that will commit parliament. */
public record LeadBody(@Size(max = 300) String name,
                       @Size(max = 8000) String mandate,
                       AuthorizationMechanism authorizationMechanism,
                       @Size(max = 4000) String authorizationDetails,
                       @Size(max = 4000) String resources,
                       @Size(max = 4000) String priorities) {
}
