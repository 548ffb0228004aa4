package org.hemicycle.cocreation;

import java.time.Instant;

/** A document of a meeting: a title and where it is published. */
public interface MeetingDocument {

    Long getId();
    Long getMeetingId();
    String getTitle();
    String getUrl();
    Instant getAddedAt();
}
