package org.hemicycle.following;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Someone asks to follow: their address and how often. {@code website} is a honeypot, as on the sign-up form. */
public record FollowRequest(@NotBlank @Email @Size(max = 254) @Nullable String email, @NotNull @Nullable Frequency frequency,
                            @Nullable String website) {

    public static final FollowRequest EMPTY = new FollowRequest(null, Frequency.WEEKLY, null);

    public boolean isFromABot() {
        return website != null && !website.isEmpty();
    }
}
