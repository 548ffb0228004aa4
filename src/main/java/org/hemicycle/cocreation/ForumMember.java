package org.hemicycle.cocreation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A ForumMember as other modules read it; only this module changes it. */
public interface ForumMember {

    Long getId();
    Long getPlanId();
    ForumSide getSide();
    String getName();
    @Nullable String getOrganization();
    @Nullable String getRole();
    @Nullable String getAppointedHow();
    @Nullable LocalDate getJoinedOn();
}
