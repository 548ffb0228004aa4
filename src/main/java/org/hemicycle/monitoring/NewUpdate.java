package org.hemicycle.monitoring;

import java.time.LocalDate;
import org.hemicycle.commitment.ProgressStatus;
import org.jspecify.annotations.Nullable;

/** An update as posted: on an activity, or on the whole commitment when {@code activityId} is null. */
public record NewUpdate(@Nullable Long activityId, ProgressStatus status, @Nullable Integer percent, String narrative,
                        @Nullable String evidenceLink, LocalDate postedOn) {
}
