package org.hemicycle.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewMeeting(@NotBlank @Size(max = 300) String title,
                         @NotNull LocalDate heldOn,
                         @NotNull MeetingFormat format,
                         @Nullable @Size(max = 8000) String summary) {
}
