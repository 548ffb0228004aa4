package org.hemicycle.parliament;

import java.time.Instant;
import java.time.ZoneId;
import org.hemicycle.site.TimeZones;
import org.jspecify.annotations.Nullable;

/** A Parliament as other modules read it; only this module changes it. */
public interface Parliament {

    Long getId();
    String getSlug();
    String getName();
    String getCountry();
    String getCountryCode();
    ParliamentStructure getStructure();
    boolean isOgpParticipant();
    @Nullable Integer getOgpMemberSince();
    @Nullable String getWebsite();
    String getContentLanguage();
    @Nullable String getDescription();
    Instant getCreatedAt();

    /** The zone of its country's capital, in which its records without a zone of their own (versions, say) are dated. */
    default ZoneId zone() {
        return ZoneId.of(TimeZones.suggested(null, getCountryCode()));
    }
}
