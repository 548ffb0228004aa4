package org.hemicycle.cocreation;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the public reads of the forum besides its members: how they were appointed, and its rules of participation. */
public record ForumText(@Nullable @Size(max = 8000) String appointmentProcess, @Nullable @Size(max = 8000) String rules) {

    public static final ForumText NONE = new ForumText(null, null);

    public boolean isEmpty() {
        return (appointmentProcess == null || appointmentProcess.isBlank()) && (rules == null || rules.isBlank());
    }
}
