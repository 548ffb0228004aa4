package org.hemicycle.consultation;

import java.time.Instant;
import org.hemicycle.plan.Pillar;
import org.jspecify.annotations.Nullable;

/** An Idea as other modules read it; only this module changes it. */
public interface Idea {

    Long getId();
    Long getConsultationId();
    Long getAuthorId();
    String getTitle();
    String getBody();
    @Nullable Pillar getPillar();
    int getSupports();
    Instant getCreatedAt();
}
