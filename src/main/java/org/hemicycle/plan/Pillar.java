package org.hemicycle.plan;

/** The area a commitment advances, after the open parliament pillars and the guidelines' examples. */
public enum Pillar {
    TRANSPARENCY, OPEN_DATA, ACCOUNTABILITY, CITIZEN_PARTICIPATION, ETHICS, STRATEGIC_PLANNING
}
