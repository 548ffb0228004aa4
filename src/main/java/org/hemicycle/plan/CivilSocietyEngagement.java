package org.hemicycle.plan;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Step 4: how civil society organizations were selected, and the multi-stakeholder forum if any. */
public record CivilSocietyEngagement(@Nullable @Size(max = 8000) String selectionCriteria,
                                     @Nullable @Size(max = 8000) String selectionProcess,
                                     @Nullable @Size(max = 300) String forumName,
                                     @Nullable @Size(max = 8000) String forumRules) {
}
