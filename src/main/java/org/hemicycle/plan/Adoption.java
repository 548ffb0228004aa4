package org.hemicycle.plan;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Step 7: how and when parliament adopted the plan, with a reference others can cite. */
public record Adoption(AuthorizationMechanism mechanism,
                       LocalDate adoptedOn,
                       @Size(max = 300) String reference,
                       @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+") String documentUrl,
                       Boolean submittedAsNapAnnex) {
}
