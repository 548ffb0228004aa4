package org.hemicycle.plan;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Step 7: how and when parliament adopted the plan, with a reference others can cite. */
public record Adoption(@Nullable AuthorizationMechanism mechanism,
                       @Nullable LocalDate adoptedOn,
                       @Nullable @Size(max = 300) String reference,
                       @Nullable @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+") String documentUrl,
                       @Nullable Boolean submittedAsNapAnnex) {
}
