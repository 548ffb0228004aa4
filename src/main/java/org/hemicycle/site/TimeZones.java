package org.hemicycle.site;

import java.time.ZoneId;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The time zones that meetings and consultations may be set in: those of the Americas, where the network's
 * parliaments are, and UTC. A short list keeps the forms light and every stored zone one the form can show again.
 */
public final class TimeZones {

    public static final List<String> OFFERED = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.startsWith("America/") || zone.equals("UTC")).sorted().toList();

    private TimeZones() {
    }

    public static boolean isOffered(String zone) {
        return zone != null && OFFERED.contains(zone);
    }

    /** Whether the clocks of this zone ever show this time on this day: not in the hour skipped for daylight saving. */
    public static boolean exists(LocalDateTime time, ZoneId zone) {
        return !zone.getRules().getValidOffsets(time).isEmpty();
    }
}
