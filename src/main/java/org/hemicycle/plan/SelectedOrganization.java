package org.hemicycle.plan;

import org.jspecify.annotations.Nullable;


/** A SelectedOrganization as other modules read it; only this module changes it. */
public interface SelectedOrganization {

    Long getId();
    Long getPlanId();
    String getName();
    OrganizationSector getSector();
    @Nullable String getWebsite();
    boolean isForumMember();
    int getPosition();
}
