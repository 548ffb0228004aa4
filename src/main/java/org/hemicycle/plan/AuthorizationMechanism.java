package org.hemicycle.plan;

/** How the parliament commits itself to the plan (step 2), and how it adopted it (step 7). */
public enum AuthorizationMechanism {
    PLENARY_MOTION, BOARD_VOTE, STRATEGIC_PLAN, OTHER
}
