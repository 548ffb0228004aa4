package org.hemicycle.plan;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the plan shows of each of its commitments; the commitment module's commitments are these and more. */
public interface CommitmentHeadline {

    Long getId();
    int getNumber();
    String getTitle();
    Pillar getPillar();
    @Nullable LocalDate getStartDate();
    @Nullable LocalDate getEndDate();
    Set<OgpValue> getOgpValues();
    Completion getCompletion();
    /** The previous plan's commitment this one carries on, when the plan was started from it. */
    @Nullable Long getCarriedFromId();
}
