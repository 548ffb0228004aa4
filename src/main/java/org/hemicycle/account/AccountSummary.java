package org.hemicycle.account;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

public record AccountSummary(Long id, String email, String displayName, @Nullable PlatformRole platformRole, boolean enabled,
                             Instant createdAt, List<Grant> grants) {

    public record Grant(Long id, Long parliamentId, ParliamentRole role, Instant grantedAt) {
    }
}
