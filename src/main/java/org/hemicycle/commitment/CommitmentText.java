package org.hemicycle.commitment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.hemicycle.plan.Completion;
import org.hemicycle.plan.OgpValue;
import org.hemicycle.plan.Pillar;
import org.jspecify.annotations.Nullable;

/**
 * A commitment's fields in the order of Annex A of the guidelines. Only the brief description and the
 * pillar are needed to start a draft; the rest is required before the plan can go to adoption.
 */
public record CommitmentText(@NotBlank @Size(max = 500) String title,
                             @NotNull Pillar pillar,
                             @Nullable LocalDate startDate,
                             @Nullable LocalDate endDate,
                             @Nullable @Size(max = 500) String responsibleInstitution,
                             @Nullable @Size(max = 2000) String governmentPartners,
                             @Nullable @Size(max = 2000) String otherPartners,
                             @Nullable @Size(max = 8000) String issue,
                             @Nullable @Size(max = 8000) String description,
                             @Nullable @Size(max = 8000) String justification,
                             @Nullable Set<OgpValue> ogpValues,
                             @Nullable @Size(max = 4000) String ogpRelevance,
                             @Nullable @Size(max = 1000) String budget,
                             @Nullable @Size(max = 200) String contactName,
                             @Nullable @Size(max = 200) String contactTitle,
                             @Nullable @Size(max = 200) String contactDepartment,
                             @Nullable @Size(max = 200) String contactOrganization,
                             @Nullable @Email @Size(max = 254) String contactEmail,
                             @Nullable Completion completion) {

    public CommitmentText withIssue(@Nullable String changed) {
        return new CommitmentText(title, pillar, startDate, endDate, responsibleInstitution, governmentPartners,
                otherPartners, changed, description, justification, ogpValues, ogpRelevance, budget, contactName,
                contactTitle, contactDepartment, contactOrganization, contactEmail, completion);
    }

    public CommitmentText withDescription(@Nullable String changed) {
        return new CommitmentText(title, pillar, startDate, endDate, responsibleInstitution, governmentPartners,
                otherPartners, issue, changed, justification, ogpValues, ogpRelevance, budget, contactName,
                contactTitle, contactDepartment, contactOrganization, contactEmail, completion);
    }

    public CommitmentText withCompletion(@Nullable Completion changed) {
        return new CommitmentText(title, pillar, startDate, endDate, responsibleInstitution, governmentPartners,
                otherPartners, issue, description, justification, ogpValues, ogpRelevance, budget, contactName,
                contactTitle, contactDepartment, contactOrganization, contactEmail, changed);
    }
}
