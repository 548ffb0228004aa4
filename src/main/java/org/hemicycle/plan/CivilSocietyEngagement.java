package org.hemicycle.plan;

import jakarta.validation.constraints.Size;

/** Step 4: how civil society organizations were selected, and the multi-stakeholder forum if any. */
public record CivilSocietyEngagement(@Size(max = 8000) String selectionCriteria,
                                     @Size(max = 8000) String selectionProcess,
                                     @Size(max = 300) String forumName,
                                     @Size(max = 8000) String forumRules) {
}
