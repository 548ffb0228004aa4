package org.hemicycle.site;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The time zones that meetings and consultations may be set in: those of the Americas, where the network's
 * parliaments are, and UTC. A short list keeps the forms light and every stored zone one the form can show again.
 */
public final class TimeZones {

    public static final List<String> OFFERED = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.startsWith("America/") || zone.equals("UTC")).sorted().toList();

    private TimeZones() {
    }

    public static boolean isOffered(@Nullable String zone) {
        return zone != null && OFFERED.contains(zone);
    }

    /** What is wrong with a period given as local times in an offered zone, if anything. */
    public enum PeriodProblem { ZONE_NOT_OFFERED, START_SKIPPED, END_SKIPPED, END_NOT_AFTER_START }

    /**
     * Checks a period set on the organisers' clock: the zone is one offered, both times exist there (a time the clocks
     * skip when daylight saving starts is refused, not moved), and it ends after it starts. Null when it is sound.
     */
    public static @Nullable PeriodProblem problemOf(LocalDateTime start, LocalDateTime end, String zoneId) {
        if (!isOffered(zoneId)) {
            return PeriodProblem.ZONE_NOT_OFFERED;
        }
        ZoneId zone = ZoneId.of(zoneId);
        if (!exists(start, zone)) {
            return PeriodProblem.START_SKIPPED;
        }
        if (!exists(end, zone)) {
            return PeriodProblem.END_SKIPPED;
        }
        return end.atZone(zone).isAfter(start.atZone(zone)) ? null : PeriodProblem.END_NOT_AFTER_START;
    }

    /** Whether the clocks of this zone ever show this time on this day: not in the hour skipped for daylight saving. */
    public static boolean exists(LocalDateTime time, ZoneId zone) {
        return !zone.getRules().getValidOffsets(time).isEmpty();
    }
}
