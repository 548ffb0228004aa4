package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hemicycle.site.WordDiff.Kind;
import org.hemicycle.site.WordDiff.Segment;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    @Test
    void aChangedWordIsRemovedAndAddedWhereItStoodTheRestKept() {
        assertThat(WordDiff.of("Publish the votes of every committee", "Publish the roll-call votes of every committee"))
                .containsExactly(new Segment(Kind.KEPT, "Publish the "), new Segment(Kind.ADDED, "roll-call "),
                        new Segment(Kind.KEPT, "votes of every committee"));
        assertThat(WordDiff.of("Open data by June.", "Open data by December."))
                .containsExactly(new Segment(Kind.KEPT, "Open data by "), new Segment(Kind.REMOVED, "June."),
                        new Segment(Kind.ADDED, "December."));
    }

    @Test
    void theSameTextIsOneKeptSegmentAndAnEmptySideIsAllAddedOrRemoved() {
        assertThat(WordDiff.of("Same words", "Same words")).containsExactly(new Segment(Kind.KEPT, "Same words"));
        assertThat(WordDiff.changed(WordDiff.of("Same words", "Same words"))).isFalse();
        assertThat(WordDiff.of(null, "New text")).containsExactly(new Segment(Kind.ADDED, "New text"));
        assertThat(WordDiff.of("Old text", null)).containsExactly(new Segment(Kind.REMOVED, "Old text"));
        assertThat(WordDiff.of(null, null)).isEmpty();
    }

    @Test
    void lineBreaksAreKeptAsTheyWere() {
        assertThat(WordDiff.of("First line\nsecond line", "First line\nthird line"))
                .containsExactly(new Segment(Kind.KEPT, "First line\n"), new Segment(Kind.REMOVED, "second"),
                        new Segment(Kind.ADDED, "third"), new Segment(Kind.KEPT, " line"));
    }

    @Test
    void codesAreComparedWholeAndJoinedBackWithTheSeparator() {
        assertThat(WordDiff.ofTokens(List.of("ACCOUNTABILITY", "TRANSPARENCY"), List.of("ACCOUNTABILITY", "CIVIC_PARTICIPATION", "TRANSPARENCY"), ","))
                .containsExactly(new Segment(Kind.KEPT, "ACCOUNTABILITY"), new Segment(Kind.ADDED, "CIVIC_PARTICIPATION"),
                        new Segment(Kind.KEPT, "TRANSPARENCY"));
    }
}
