package org.hemicycle.plan;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Step 1: the political will built, the chambers taking part and, for OGP countries, the annex decision. */
public record PoliticalWill(@Size(max = 8000) String politicalWill,
                            List<Long> chamberIds,
                            Boolean ogpAnnex,
                            @Size(max = 4000) String ogpAnnexNotes) {
}
