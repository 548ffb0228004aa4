package org.hemicycle.news;

import java.time.Instant;

/** A post as it was posted; {@code body} is its Markdown, {@link Markdown#toSafeHtml} what a page shows of it. */
public record NewsPost(Long id, Long planId, String title, String body, Instant postedAt, String authorName) {

    public String html() {
        return Markdown.toSafeHtml(body);
    }

    /** The post's text without its markup, cut at a word, for lists and feeds. */
    public String excerpt(int most) {
        return Markdown.excerpt(body, most);
    }
}
