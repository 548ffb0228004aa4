package org.hemicycle.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** How success of a commitment is measured: where it starts, where it should end, in what unit. */
public record NewIndicator(@NotBlank @Size(max = 1000) String name,
                           @Nullable @Size(max = 200) String baseline,
                           @NotBlank @Size(max = 200) String target,
                           @Nullable @Size(max = 100) String unit) {
}
