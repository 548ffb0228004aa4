package org.hemicycle.plan;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Step 3: the non-partisan senior official who runs the plan day to day. */
public record PointOfContact(@Size(max = 200) String name,
                             @Size(max = 200) String title,
                             @Size(max = 200) String department,
                             @Email @Size(max = 254) String email,
                             @Size(max = 4000) String responsibilities) {
}
