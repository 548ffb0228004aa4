package org.hemicycle.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A commitment's progress updates and its indicators' readings, declared here and answered by the monitoring module,
 * which depends on this one: the commitment page shows how it is being implemented without knowing how updates are
 * kept.
 */
public interface CommitmentMonitoring {

    /** The most updates shown on the page, newest first; the total says how many more the JSON and the plan hold. */
    int SHOWN = 20;

    /** Who said what, when, and on what evidence; {@code activityTitle} is kept when the activity is removed. */
    record Update(Long id, @Nullable Long activityId, @Nullable String activityTitle, ProgressStatus status, int percent,
                  String narrative, @Nullable String evidenceLink, @Nullable String evidenceName,
                  @Nullable String evidenceType, long evidenceBytes, LocalDate postedOn, Instant postedAt,
                  String authorName, String authorRole) {

        public boolean hasFile() {
            return evidenceName != null;
        }
    }

    record Reading(Long indicatorId, LocalDate readOn, BigDecimal value, @Nullable String source) {
    }

    record Monitoring(List<Update> updates, long totalUpdates, List<Reading> readings) {

        public static final Monitoring NONE = new Monitoring(List.of(), 0, List.of());

        public List<Reading> readingsOf(Long indicatorId) {
            return readings.stream().filter(reading -> reading.indicatorId().equals(indicatorId)).toList();
        }
    }

    /** In a number of statements that does not grow with the updates or the readings. */
    Monitoring of(Long commitmentId);

    /** Whether this person may post the commitment's updates: its plan's team, or one of its co-implementers. */
    default boolean mayPost(org.hemicycle.account.Actor actor, Long parliamentId, Long commitmentId) {
        return false;
    }
}
