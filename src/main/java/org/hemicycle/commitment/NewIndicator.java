package org.hemicycle.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How success of a commitment is measured: where it starts, where it should end, in what unit. */
public record NewIndicator(@NotBlank @Size(max = 1000) String name,
                           @Size(max = 200) String baseline,
                           @NotBlank @Size(max = 200) String target,
                           @Size(max = 100) String unit) {
}
