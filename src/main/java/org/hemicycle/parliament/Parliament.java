package org.hemicycle.parliament;

import java.time.Instant;

/** A Parliament as other modules read it; only this module changes it. */
public interface Parliament {

    Long getId();
    String getSlug();
    String getName();
    String getCountry();
    String getCountryCode();
    ParliamentStructure getStructure();
    boolean isOgpParticipant();
    Integer getOgpMemberSince();
    String getWebsite();
    String getContentLanguage();
    String getDescription();
    Instant getCreatedAt();
}
