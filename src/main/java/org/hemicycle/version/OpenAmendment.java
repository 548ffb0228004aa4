package org.hemicycle.version;

import java.time.Instant;

/** The amendment an editor opened on an adopted plan, not yet recorded as a version. */
public record OpenAmendment(String reason, Instant openedAt, String openedBy) {
}
