package org.hemicycle.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewActivity(@NotBlank @Size(max = 2000) String activity,
                          @Nullable @Size(max = 2000) String deliverable,
                          @NotNull LocalDate activityStart,
                          @NotNull LocalDate activityEnd) {
}
