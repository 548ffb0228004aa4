package org.hemicycle.plan;

/** The OGP values of Annex A's "OGP relevance". */
public enum OgpValue {
    TRANSPARENCY, ACCOUNTABILITY, CIVIC_PARTICIPATION, ETHICAL_STANDARDS, TECHNOLOGY_INNOVATION
}
