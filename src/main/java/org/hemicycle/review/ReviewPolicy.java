package org.hemicycle.review;

import static org.hemicycle.account.Standing.*;

import org.hemicycle.account.PermissionTable;

/**
 * Who assesses and reviews a plan. The point of contact gives the parliament's own assessment; the civil-society members
 * of the parliament give civil society's, together, one assessment per commitment; a reviewer of the parliament drafts,
 * opens and publishes the independent review. Anyone signed in comments on a review open for comment. Reading follows
 * the plan.
 */
public final class ReviewPolicy {

    public enum Action { ASSESS_SELF, ASSESS_CIVIL_SOCIETY, REVIEW, COMMENT }

    public static final PermissionTable<Action> TABLE = PermissionTable.of(Action.class)
            .allow(Action.ASSESS_SELF, POINT_OF_CONTACT, PLATFORM)
            .allow(Action.ASSESS_CIVIL_SOCIETY, CIVIL_SOCIETY, PLATFORM)
            .allow(Action.REVIEW, REVIEWER, PLATFORM)
            .allow(Action.COMMENT, SIGNED_IN, POINT_OF_CONTACT, LEAD_BODY_MEMBER, CIVIL_SOCIETY, REVIEWER, COORDINATOR, ADMIN)
            .build();

    private ReviewPolicy() {
    }

    public static Action assessing(org.hemicycle.commitment.AssessmentSource source) {
        return switch (source) {
            case SELF -> Action.ASSESS_SELF;
            case CIVIL_SOCIETY -> Action.ASSESS_CIVIL_SOCIETY;
            case INDEPENDENT -> Action.REVIEW;
        };
    }
}
