package org.hemicycle.plan;

import org.jspecify.annotations.Nullable;


/** A LeadBodyMember as other modules read it; only this module changes it. */
public interface LeadBodyMember {

    Long getId();
    Long getPlanId();
    String getName();
    @Nullable String getParty();
    @Nullable String getRole();
    int getPosition();
}
