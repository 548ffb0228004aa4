package org.hemicycle.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A plan's identity: its title, its period and the language its content is written in. */
public record PlanDetails(@NotBlank @Size(max = 300) String title,
                          @Nullable @Size(max = 4000) String summary,
                          @NotNull LocalDate periodStart,
                          @NotNull LocalDate periodEnd,
                          @NotBlank @Pattern(regexp = "en|es|fr|pt") String contentLanguage) {
}
