package org.hemicycle.plan;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Step 3: the non-partisan senior official who runs the plan day to day. */
public record PointOfContact(@Nullable @Size(max = 200) String name,
                             @Nullable @Size(max = 200) String title,
                             @Nullable @Size(max = 200) String department,
                             @Nullable @Email @Size(max = 254) String email,
                             @Nullable @Size(max = 4000) String responsibilities) {
}
