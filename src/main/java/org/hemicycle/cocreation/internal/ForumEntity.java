package org.hemicycle.cocreation.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hemicycle.cocreation.ForumText;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "forum")
public class ForumEntity {

    @Id
    private Long planId;

    private @Nullable String appointmentProcess;
    private @Nullable String rules;
    private Instant updatedAt;

    protected ForumEntity() {
    }

    public ForumEntity(Long planId) {
        this.planId = planId;
        this.updatedAt = Instant.now();
    }

    public void describe(ForumText text) {
        this.appointmentProcess = Text.clean(text.appointmentProcess());
        this.rules = Text.clean(text.rules());
        this.updatedAt = Instant.now();
    }

    public ForumText text() {
        return new ForumText(appointmentProcess, rules);
    }

    public Long getPlanId() { return planId; }
}
