package org.hemicycle.account;

import java.time.Instant;
import java.util.List;

public record AccountSummary(Long id, String email, String displayName, PlatformRole platformRole, boolean enabled,
                             Instant createdAt, List<Grant> grants) {

    public record Grant(Long id, Long parliamentId, ParliamentRole role, Instant grantedAt) {
    }
}
