package org.hemicycle.monitoring;

/** An update's file, to be downloaded. */
public record Evidence(String fileName, String contentType, byte[] content, boolean published) {
}
