package org.hemicycle.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewOrganization(@NotBlank @Size(max = 300) String name,
                              @NotNull OrganizationSector sector,
                              @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+") String website,
                              boolean forumMember) {
}
