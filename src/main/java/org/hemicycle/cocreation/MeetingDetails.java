package org.hemicycle.cocreation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hemicycle.plan.MeetingFormat;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as its form edits it: the day and the times as the organisers' clock reads them, in the time zone they
 * name (a meeting in Santiago at 10:00 stays at 10:00 in Santiago whatever the reader's zone). Attendance, minutes
 * and decisions are recorded once the meeting has begun.
 */
public record MeetingDetails(@Nullable @NotBlank @Size(max = 300) String title,
                             @Nullable @NotNull MeetingPurpose purpose,
                             @Nullable @NotNull MeetingFormat format,
                             @Nullable @NotNull LocalDate date,
                             @Nullable @NotNull LocalTime startsAt,
                             @Nullable @NotNull LocalTime endsAt,
                             @Nullable @NotBlank @Size(max = 64) String timeZone,
                             @Nullable @Size(max = 500) String place,
                             @Nullable @Size(max = 1000) String onlineLink,
                             @Nullable @Size(max = 8000) String agenda,
                             @Nullable Boolean registration,
                             @Nullable @Min(1) @Max(100_000) Integer capacity,
                             @Nullable @Min(0) @Max(1_000_000) Integer attendance,
                             @Nullable @Size(max = 20000) String minutes,
                             @Nullable @Size(max = 8000) String decisions) {

    public static MeetingDetails blank(String timeZone) {
        return new MeetingDetails(null, MeetingPurpose.CO_CREATION, MeetingFormat.IN_PERSON, null, null, null, timeZone,
                null, null, null, Boolean.FALSE, null, null, null, null);
    }

    public boolean opensRegistration() {
        return Boolean.TRUE.equals(registration);
    }
}
