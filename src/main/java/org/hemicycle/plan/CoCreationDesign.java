package org.hemicycle.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Step 5: the co-creation process agreed at the first co-creation meeting. */
public record CoCreationDesign(@Min(0) @Max(1000) Integer inPersonMeetings,
                               @Min(0) @Max(1000) Integer virtualMeetings,
                               @Size(max = 4000) String onlineConsultations,
                               @Size(max = 4000) String developmentTimeline,
                               @Size(max = 8000) String rulesOfEngagement,
                               @Size(max = 8000) String decisionMaking,
                               @Size(max = 8000) String civilSocietyRole,
                               @Size(max = 8000) String communicationsPlan) {
}
