package org.hemicycle.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member of the lead parliamentary body: multi-partisan, so the party is part of the record. */
public record NewMember(@NotBlank @Size(max = 200) String memberName,
                        @Size(max = 200) String party,
                        @Size(max = 200) String role) {
}
