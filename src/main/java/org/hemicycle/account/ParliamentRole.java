package org.hemicycle.account;

/** Roles held in one parliament: being an editor of Chile's plan gives nothing in Paraguay's. */
public enum ParliamentRole {
    POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY, REVIEWER
}
