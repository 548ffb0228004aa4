package org.hemicycle.scorecard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record a verdict rests on, as a message with its arguments, and the record it points to: the forum, a meeting or a
 * consultation (by id), or none.
 */
public record Evidence(Source source, @Nullable Long id, String messageKey, List<Object> arguments) {

    public enum Source { FORUM, MEETINGS, MEETING, CONSULTATION, PLAN, REPOSITORY }

    public static Evidence of(Source source, @Nullable Long id, String messageKey, Object... arguments) {
        return new Evidence(source, id, "scorecard.evidence." + messageKey, List.of(arguments));
    }
}
