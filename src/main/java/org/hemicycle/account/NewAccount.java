package org.hemicycle.account;

public record NewAccount(String email, String displayName, String password, PlatformRole platformRole) {
}
