package org.hemicycle.parliament.web;

import jakarta.validation.constraints.*;
import java.util.ArrayList;
import java.util.List;
import org.hemicycle.parliament.NewParliament;

/** Registering a parliament of the network; a second chamber makes it bicameral. Fields in the form's order. */
record ParliamentForm(@NotBlank @Size(max = 200) String name,
                      @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String slug,
                      @NotBlank @Size(max = 120) String country,
                      @NotBlank @Pattern(regexp = "[A-Z]{2}") String countryCode,
                      @NotBlank @Pattern(regexp = "en|es|fr|pt") String contentLanguage,
                      @Min(2011) @Max(2100) Integer ogpMemberSince,
                      @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+") String website,
                      @Size(max = 4000) String description,
                      @NotBlank @Size(max = 200) String firstChamber,
                      @Min(1) @Max(10000) Integer firstChamberSeats,
                      @Size(max = 200) String secondChamber,
                      @Min(1) @Max(10000) Integer secondChamberSeats) {

    static ParliamentForm empty() {
        return new ParliamentForm(null, null, null, null, "es", null, null, null, null, null, null, null);
    }

    NewParliament toRequest() {
        List<NewParliament.NewChamber> chambers = new ArrayList<>();
        chambers.add(new NewParliament.NewChamber(null, firstChamber.strip(), firstChamberSeats));
        if (secondChamber != null && !secondChamber.isBlank()) {
            chambers.add(new NewParliament.NewChamber(null, secondChamber.strip(), secondChamberSeats));
        }
        return new NewParliament(slug, name.strip(), country.strip(), countryCode, contentLanguage, ogpMemberSince,
                blankToNull(website), blankToNull(description), chambers);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
