package org.hemicycle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record EmailChangeForm(@NotBlank @Email @Size(max = 254) String newEmail,
                       @NotBlank @Size(max = 128) String currentPassword) {

    static EmailChangeForm empty() {
        return new EmailChangeForm(null, null);
    }
}
