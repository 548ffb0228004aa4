package org.hemicycle.plan;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Step 1: the political will built, the chambers taking part and, for OGP countries, the annex decision. */
public record PoliticalWill(@Nullable @Size(max = 8000) String politicalWill,
                            @Nullable List<Long> chamberIds,
                            @Nullable Boolean ogpAnnex,
                            @Nullable @Size(max = 4000) String ogpAnnexNotes) {
}
