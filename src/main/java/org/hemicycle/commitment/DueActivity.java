package org.hemicycle.commitment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An activity not done by its end date, or soon to reach it, with what a reminder about it names. */
public record DueActivity(Long planId, Long commitmentId, int commitmentNumber, String commitmentTitle, Long activityId,
                          String activity, LocalDate endDate, int percent, @Nullable String contactName,
                          @Nullable String contactEmail) {

    public boolean overdueOn(LocalDate day) {
        return endDate.isBefore(day);
    }
}
