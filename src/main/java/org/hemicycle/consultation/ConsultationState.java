package org.hemicycle.consultation;

/** Where a consultation stands at a moment: not open yet, open to input, or closed. */
public enum ConsultationState { UPCOMING, OPEN, CLOSED }
