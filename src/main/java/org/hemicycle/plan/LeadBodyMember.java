package org.hemicycle.plan;


/** A LeadBodyMember as other modules read it; only this module changes it. */
public interface LeadBodyMember {

    Long getId();
    Long getPlanId();
    String getName();
    String getParty();
    String getRole();
    int getPosition();
}
