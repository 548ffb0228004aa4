package org.hemicycle.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hemicycle.account.PlatformRole;

record NewAccountForm(@NotBlank @Email @Size(max = 254) String email,
                      @NotBlank @Size(max = 200) String displayName,
                      @NotBlank @Size(max = 128) String password,
                      PlatformRole platformRole) {

    static NewAccountForm empty() {
        return new NewAccountForm(null, null, null, null);
    }
}
