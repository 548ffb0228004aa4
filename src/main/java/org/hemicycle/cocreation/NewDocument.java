package org.hemicycle.cocreation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public record NewDocument(@Nullable @NotBlank @Size(max = 300) String title, @Nullable @NotBlank @Size(max = 1000) String url) {

    public static final NewDocument EMPTY = new NewDocument(null, null);
}
