package org.hemicycle.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record NewActivity(@NotBlank @Size(max = 2000) String description,
                          @Size(max = 2000) String deliverable,
                          @NotNull LocalDate startDate,
                          @NotNull LocalDate endDate) {
}
