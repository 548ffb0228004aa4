package org.hemicycle.consultation;

/** A consultation and its response coverage. */
public record ConsultationFacts(Consultation consultation, Coverage coverage) {
}
