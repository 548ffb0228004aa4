package org.hemicycle.cocreation;

/** Co-creation meetings make the plan; follow-up meetings, during implementation, present results (OGP standard 5). */
public enum MeetingPurpose { CO_CREATION, FOLLOW_UP }
