package org.hemicycle.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultation as its form edits it: opening and closing as the organisers' clock reads them, in the time zone
 * they name, the timeline and ways to take part that the public reads before it opens, and the draft commitments it is
 * on (none chosen: the whole draft plan).
 */
public record ConsultationDetails(@Nullable @NotBlank @Size(max = 300) String title,
                                  @Nullable @Size(max = 8000) String description,
                                  @Nullable @Size(max = 8000) String timeline,
                                  @Nullable @NotNull LocalDate opensOn,
                                  @Nullable @NotNull LocalTime opensAt,
                                  @Nullable @NotNull LocalDate closesOn,
                                  @Nullable @NotNull LocalTime closesAt,
                                  @Nullable @NotBlank @Size(max = 64) String timeZone,
                                  @Nullable @Size(max = 10) List<Long> commitmentIds) {

    /** On the whole draft plan. */
    public ConsultationDetails(@Nullable String title, @Nullable String description, @Nullable String timeline,
                               @Nullable LocalDate opensOn, @Nullable LocalTime opensAt, @Nullable LocalDate closesOn,
                               @Nullable LocalTime closesAt, @Nullable String timeZone) {
        this(title, description, timeline, opensOn, opensAt, closesOn, closesAt, timeZone, List.of());
    }

    public static ConsultationDetails blank(String timeZone) {
        return new ConsultationDetails(null, null, null, null, LocalTime.of(9, 0), null, LocalTime.of(23, 59), timeZone);
    }

    /** The commitments chosen, in id order, none repeated: none means the whole draft. */
    public List<Long> chosenCommitments() {
        return commitmentIds == null ? List.of() : commitmentIds.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }
}
