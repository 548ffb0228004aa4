package org.hemicycle.account;

/**
 * The rows of every module's permission table: what an actor is towards the parliament an action concerns.
 * A role held in another parliament counts as {@link #SIGNED_IN} only.
 */
public enum Standing {
    VISITOR, SIGNED_IN, POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY, REVIEWER, COORDINATOR, ADMIN, PLATFORM;

    static Standing of(ParliamentRole role) {
        return switch (role) {
            case POINT_OF_CONTACT -> POINT_OF_CONTACT;
            case LEAD_BODY_MEMBER -> LEAD_BODY_MEMBER;
            case CIVIL_SOCIETY -> CIVIL_SOCIETY;
            case REVIEWER -> REVIEWER;
        };
    }
}
