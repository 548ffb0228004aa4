package org.hemicycle.plan;

public enum MeetingFormat {
    IN_PERSON, VIRTUAL, HYBRID
}
