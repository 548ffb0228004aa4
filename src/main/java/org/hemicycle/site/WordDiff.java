package org.hemicycle.site;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two texts, word by word: the kept, removed and added runs in reading order, so that a page
 * can show the new text with the old words struck out where they were. Whitespace counts as its own token, so that a
 * changed word is not shown with the spaces around it changed too.
 */
public final class WordDiff {

    public enum Kind { KEPT, REMOVED, ADDED }

    public record Segment(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    public static List<Segment> of(@Nullable String before, @Nullable String after) {
        return ofTokens(words(before), words(after), "");
    }

    /** For lists of codes (an OGP value, a pillar): each is a token, and the segments join them with the separator. */
    public static List<Segment> ofTokens(List<String> before, List<String> after, String separator) {
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            Chunk<String> source = delta.getSource();
            add(segments, Kind.KEPT, before.subList(position, source.getPosition()), separator);
            add(segments, Kind.REMOVED, source.getLines(), separator);
            add(segments, Kind.ADDED, delta.getTarget().getLines(), separator);
            position = source.getPosition() + source.size();
        }
        add(segments, Kind.KEPT, before.subList(position, before.size()), separator);
        return List.copyOf(segments);
    }

    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(segment -> segment.kind() != Kind.KEPT);
    }

    private static List<String> words(@Nullable String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            Matcher matcher = TOKEN.matcher(text);
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    private static void add(List<Segment> segments, Kind kind, List<String> tokens, String separator) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join(separator, tokens);
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && last.kind() == kind) {
            segments.set(segments.size() - 1, new Segment(kind, last.text() + separator + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
