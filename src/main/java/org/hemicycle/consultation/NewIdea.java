package org.hemicycle.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hemicycle.plan.Pillar;
import org.jspecify.annotations.Nullable;

public record NewIdea(@Nullable @NotBlank @Size(max = 200) String title, @Nullable @NotBlank @Size(max = 8000) String body,
                      @Nullable Pillar pillar) {

    public static final NewIdea EMPTY = new NewIdea(null, null, null);
}
