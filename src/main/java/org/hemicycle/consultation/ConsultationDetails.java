package org.hemicycle.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A consultation as its form edits it: opening and closing as the organisers' clock reads them, in the time zone
 * they name, and the timeline and ways to take part that the public reads before it opens.
 */
public record ConsultationDetails(@Nullable @NotBlank @Size(max = 300) String title,
                                  @Nullable @Size(max = 8000) String description,
                                  @Nullable @Size(max = 8000) String timeline,
                                  @Nullable @NotNull LocalDate opensOn,
                                  @Nullable @NotNull LocalTime opensAt,
                                  @Nullable @NotNull LocalDate closesOn,
                                  @Nullable @NotNull LocalTime closesAt,
                                  @Nullable @NotBlank @Size(max = 64) String timeZone) {

    public static ConsultationDetails blank() {
        return new ConsultationDetails(null, null, null, null, LocalTime.of(9, 0), null, LocalTime.of(23, 59), "UTC");
    }
}
