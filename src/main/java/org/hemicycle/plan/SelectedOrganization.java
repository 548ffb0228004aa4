package org.hemicycle.plan;


/** A SelectedOrganization as other modules read it; only this module changes it. */
public interface SelectedOrganization {

    Long getId();
    Long getPlanId();
    String getName();
    OrganizationSector getSector();
    String getWebsite();
    boolean isForumMember();
    int getPosition();
}
