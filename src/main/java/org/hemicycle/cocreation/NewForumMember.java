package org.hemicycle.cocreation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

public record NewForumMember(@Nullable @NotNull ForumSide side, @Nullable @NotBlank @Size(max = 200) String name,
                             @Nullable @Size(max = 300) String organization, @Nullable @Size(max = 200) String role,
                             @Nullable @Size(max = 2000) String appointedHow, @Nullable LocalDate joinedOn) {

    public static final NewForumMember EMPTY = new NewForumMember(null, null, null, null, null, null);
}
