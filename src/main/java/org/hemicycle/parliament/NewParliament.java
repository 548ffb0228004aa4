package org.hemicycle.parliament;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What registering a parliament takes; a bicameral parliament names two chambers.
 */
public record NewParliament(@Nullable String slug, @Nullable String name, @Nullable String country, @Nullable String countryCode, @Nullable String contentLanguage,
                            @Nullable Integer ogpMemberSince, @Nullable String website, @Nullable String description, List<NewChamber> chambers) {

    public record NewChamber(String slug, String name, Integer seats) {
    }
}
