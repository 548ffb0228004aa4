package org.hemicycle.scorecard;

/** Whether the records show a requirement met, show it not met, or show that it is not due yet. */
public enum Verdict {
    MET, NOT_MET, NOT_YET_DUE
}
