package org.hemicycle.account;

import org.jspecify.annotations.Nullable;

/** An account to create; without a platform role it is an ordinary one. */
public record NewAccount(String email, String displayName, String password, @Nullable PlatformRole platformRole) {
}
