package org.hemicycle.plan;

/** The ten steps of the cycle in the ParlAmericas guidelines, in order. */
public enum PlanPhase {
    POLITICAL_WILL,
    LEAD_BODY,
    POINT_OF_CONTACT,
    CIVIL_SOCIETY_ENGAGEMENT,
    CO_CREATION_DESIGN,
    DRAFTING,
    ADOPTION,
    IMPLEMENTATION,
    MONITORING,
    RENEWAL;

    public int step() {
        return ordinal() + 1;
    }

    public boolean hasNext() {
        return this != RENEWAL;
    }

    public PlanPhase next() {
        return values()[ordinal() + 1];
    }

    public boolean isReachedBy(PlanPhase current) {
        return current.ordinal() >= ordinal();
    }

    /** Adopted plans are the ones the parliament has committed to. */
    public boolean isAdopted() {
        return ordinal() >= IMPLEMENTATION.ordinal();
    }
}
