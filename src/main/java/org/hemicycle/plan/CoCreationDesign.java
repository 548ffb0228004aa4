package org.hemicycle.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Step 5: the co-creation process agreed at the first co-creation meeting. */
public record CoCreationDesign(@Nullable @Min(0) @Max(1000) Integer inPersonMeetings,
                               @Nullable @Min(0) @Max(1000) Integer virtualMeetings,
                               @Nullable @Size(max = 4000) String onlineConsultations,
                               @Nullable @Size(max = 4000) String developmentTimeline,
                               @Nullable @Size(max = 8000) String rulesOfEngagement,
                               @Nullable @Size(max = 8000) String decisionMaking,
                               @Nullable @Size(max = 8000) String civilSocietyRole,
                               @Nullable @Size(max = 8000) String communicationsPlan) {
}
