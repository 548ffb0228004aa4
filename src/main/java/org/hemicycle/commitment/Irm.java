package org.hemicycle.commitment;

/**
 * The vocabulary of the OGP Independent Reporting Mechanism, as OGP's public data uses it: each of a commitment's three
 * assessments (the parliament's own, civil society's and the independent reviewer's) is given in these words, so that
 * they can be read side by side and compared with the IRM's records of other plans.
 */
public final class Irm {

    public enum Specificity { NONE, LOW, MEDIUM, HIGH }

    /** The OGP values a commitment may be relevant to, in the IRM's four (the plan's own list has five). */
    public enum Value { ACCESS_TO_INFORMATION, CIVIC_PARTICIPATION, PUBLIC_ACCOUNTABILITY, TECHNOLOGY_AND_INNOVATION }

    /** The scale of the IRM's reports before 2020. */
    public enum PotentialImpact { NONE, MINOR, MODERATE, TRANSFORMATIVE }

    /** The scale that replaced potential impact in the IRM's reports from 2020. */
    public enum PotentialForResults { UNCLEAR, MODEST, SUBSTANTIAL }

    /** Did it open government (here, parliament): the IRM's end-of-term judgement. */
    public enum OpenedGovernment { WORSENED, DID_NOT_CHANGE, MARGINAL, MAJOR, OUTSTANDING }

    public enum EarlyResults { NO_NOTABLE_RESULTS, MODERATE, SIGNIFICANT }

    private Irm() {
    }
}
