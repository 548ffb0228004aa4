package org.hemicycle.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record NewOrganization(@NotBlank @Size(max = 300) String name,
                              @NotNull OrganizationSector sector,
                              @Nullable @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+") String website,
                              boolean forumMember) {
}
