package org.hemicycle.account;

import org.jspecify.annotations.Nullable;

public record NewAccount(@Nullable String email, @Nullable String displayName, @Nullable String password, @Nullable PlatformRole platformRole) {
}
