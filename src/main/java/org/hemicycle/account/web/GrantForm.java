package org.hemicycle.account.web;

import jakarta.validation.constraints.NotNull;
import org.hemicycle.account.ParliamentRole;

record GrantForm(@NotNull Long parliamentId, @NotNull ParliamentRole role) {

    static GrantForm empty() {
        return new GrantForm(null, null);
    }
}
