package org.hemicycle.commitment;

/** Who assesses: the parliament itself, the civil-society members of its forum, or the independent reviewer. */
public enum AssessmentSource { SELF, CIVIL_SOCIETY, INDEPENDENT }
