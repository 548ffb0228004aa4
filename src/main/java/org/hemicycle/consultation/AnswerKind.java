package org.hemicycle.consultation;

/**
 * What became of an input, in the words of OGP's reasoned response: taken into a commitment, merged into another
 * input that says the same, not taken with the reason why, or outside what the plan can do.
 */
public enum AnswerKind {
    ACCEPTED, MERGED, NOT_ACCEPTED, OUT_OF_SCOPE
}
