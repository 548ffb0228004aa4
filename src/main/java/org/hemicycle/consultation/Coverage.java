package org.hemicycle.consultation;

import org.jspecify.annotations.Nullable;

/** How many of a consultation's inputs have their answer, and the median days from an input to its first answer. */
public record Coverage(long inputs, long answered, @Nullable Double medianDays) {

    public int percent() {
        return inputs == 0 ? 0 : (int) Math.floor(100.0 * answered / inputs);
    }

    public long unanswered() {
        return inputs - answered;
    }
}
