package org.hemicycle.monitoring;

/** A file given as evidence, as the browser sent it; its type is read from its content, not from its name. */
public record EvidenceUpload(String fileName, byte[] content) {
}
