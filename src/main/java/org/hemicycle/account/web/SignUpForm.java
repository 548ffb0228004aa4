package org.hemicycle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-up form. {@code website} is a honeypot: hidden from people (and from assistive technology), filled in
 * by the bots that fill in every field; a sign-up that fills it is answered as any other and does nothing.
 */
record SignUpForm(@NotBlank @Size(max = 200) String displayName,
                  @NotBlank @Email @Size(max = 254) String email,
                  @NotBlank @Size(max = 128) String password,
                  @NotBlank @Size(max = 128) String confirmPassword,
                  String website) {

    static SignUpForm empty() {
        return new SignUpForm(null, null, null, null, null);
    }

    boolean isFromABot() {
        return website != null && !website.isEmpty();
    }
}
