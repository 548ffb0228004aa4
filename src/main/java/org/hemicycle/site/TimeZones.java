package org.hemicycle.site;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The time zones that meetings and consultations may be set in: those of the Americas, where the network's
 * parliaments are, and UTC. A short list keeps the forms light and every stored zone one the form can show again.
 */
public final class TimeZones {

    public static final List<String> OFFERED = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.startsWith("America/") || zone.equals("UTC")).sorted().toList();

    /**
     * The zone of each country of the Americas' network, at its capital: what a parliament's first meeting or
     * consultation is set in until its editors choose another (the JDK knows zones, not which country they are in).
     */
    private static final Map<String, String> OF_COUNTRY = Map.ofEntries(
            Map.entry("AG", "America/Antigua"), Map.entry("AR", "America/Argentina/Buenos_Aires"), Map.entry("BS", "America/Nassau"),
            Map.entry("BB", "America/Barbados"), Map.entry("BZ", "America/Belize"), Map.entry("BO", "America/La_Paz"),
            Map.entry("BR", "America/Sao_Paulo"), Map.entry("CA", "America/Toronto"), Map.entry("CL", "America/Santiago"),
            Map.entry("CO", "America/Bogota"), Map.entry("CR", "America/Costa_Rica"), Map.entry("CU", "America/Havana"),
            Map.entry("DM", "America/Dominica"), Map.entry("DO", "America/Santo_Domingo"), Map.entry("EC", "America/Guayaquil"),
            Map.entry("SV", "America/El_Salvador"), Map.entry("GD", "America/Grenada"), Map.entry("GT", "America/Guatemala"),
            Map.entry("GY", "America/Guyana"), Map.entry("HT", "America/Port-au-Prince"), Map.entry("HN", "America/Tegucigalpa"),
            Map.entry("JM", "America/Jamaica"), Map.entry("MX", "America/Mexico_City"), Map.entry("NI", "America/Managua"),
            Map.entry("PA", "America/Panama"), Map.entry("PY", "America/Asuncion"), Map.entry("PE", "America/Lima"),
            Map.entry("KN", "America/St_Kitts"), Map.entry("LC", "America/St_Lucia"), Map.entry("VC", "America/St_Vincent"),
            Map.entry("SR", "America/Paramaribo"), Map.entry("TT", "America/Port_of_Spain"), Map.entry("US", "America/New_York"),
            Map.entry("UY", "America/Montevideo"), Map.entry("VE", "America/Caracas"));

    private TimeZones() {
    }

    /** The zone a new meeting or consultation starts in: the one its plan last used, else its country's, else UTC. */
    public static String suggested(@Nullable String lastUsed, @Nullable String countryCode) {
        if (isOffered(lastUsed)) {
            return lastUsed;
        }
        String ofCountry = countryCode == null ? null : OF_COUNTRY.get(countryCode.toUpperCase(java.util.Locale.ROOT));
        return isOffered(ofCountry) ? ofCountry : "UTC";
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
