package org.hemicycle.consultation;

import java.util.List;

/** The ideas most like one being written, most alike first, and the language they are written in (their plan's). */
public record Similar(List<Idea> ideas, String language) {

    public boolean isEmpty() {
        return ideas.isEmpty();
    }
}
