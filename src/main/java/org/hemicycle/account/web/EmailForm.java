package org.hemicycle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An address to send a link to: a new password, or the confirmation of a sign-up again. */
record EmailForm(@NotBlank @Email @Size(max = 254) String email) {

    static EmailForm empty() {
        return new EmailForm(null);
    }
}
