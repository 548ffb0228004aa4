package org.hemicycle.commitment;

import org.hemicycle.plan.OgpValue;

import org.hemicycle.plan.Completion;
import org.hemicycle.plan.Pillar;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A commitment's fields in the order of Annex A of the guidelines. Only the brief description and the
 * pillar are needed to start a draft; the rest is required before the plan can go to adoption.
 */
public record CommitmentText(@NotBlank @Size(max = 500) String title,
                             @NotNull Pillar pillar,
                             LocalDate startDate,
                             LocalDate endDate,
                             @Size(max = 500) String responsibleInstitution,
                             @Size(max = 2000) String governmentPartners,
                             @Size(max = 2000) String otherPartners,
                             @Size(max = 8000) String issue,
                             @Size(max = 8000) String description,
                             @Size(max = 8000) String justification,
                             Set<OgpValue> ogpValues,
                             @Size(max = 4000) String ogpRelevance,
                             @Size(max = 1000) String budget,
                             @Size(max = 200) String contactName,
                             @Size(max = 200) String contactTitle,
                             @Size(max = 200) String contactDepartment,
                             @Size(max = 200) String contactOrganization,
                             @Email @Size(max = 254) String contactEmail,
                             Completion completion) {
}
