package org.hemicycle.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password chosen through the link of a reset email, which the form carries back as {@code token}. */
record NewPasswordForm(@NotBlank @Size(max = 100) String token,
                       @NotBlank @Size(max = 128) String newPassword,
                       @NotBlank @Size(max = 128) String confirmPassword) {

    static NewPasswordForm withToken(String token) {
        return new NewPasswordForm(token, null, null);
    }
}
