package org.hemicycle.parliament;

import java.util.List;

/**
 * What registering a parliament takes; a bicameral parliament names two chambers.
 */
public record NewParliament(String slug, String name, String country, String countryCode, String contentLanguage,
                            Integer ogpMemberSince, String website, String description, List<NewChamber> chambers) {

    public record NewChamber(String slug, String name, Integer seats) {
    }
}
