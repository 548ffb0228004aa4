package org.hemicycle.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A member of the lead parliamentary body: multi-partisan, so the party is part of the record. */
public record NewMember(@NotBlank @Size(max = 200) String memberName,
                        @Nullable @Size(max = 200) String party,
                        @Nullable @Size(max = 200) String role) {
}
