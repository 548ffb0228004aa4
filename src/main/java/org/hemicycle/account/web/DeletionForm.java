package org.hemicycle.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Deleting an account asks for its password: a session left open on a shared computer cannot do it. */
record DeletionForm(@NotBlank @Size(max = 128) String currentPassword) {

    static DeletionForm empty() {
        return new DeletionForm(null);
    }
}
