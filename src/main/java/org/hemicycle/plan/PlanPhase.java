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

    /**
     * From the adoption step on, every commitment keeps the Annex A fields that moving into it required:
     * the plan put to the adopting body, and then adopted, is not emptied afterwards.
     */
    public boolean holdsAnnexA() {
        return ordinal() >= ADOPTION.ordinal();
    }

    /** Past the adoption step: the plan left it with its adoption recorded, and its text is what was adopted. */
    public boolean isAdopted() {
        return ordinal() > ADOPTION.ordinal();
    }
}
