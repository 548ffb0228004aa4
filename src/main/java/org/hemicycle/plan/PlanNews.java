package org.hemicycle.plan;

import java.time.Instant;
import java.util.List;

/** The latest news posts of a plan, for its page: declared here, answered by the news module. */
public interface PlanNews {

    record Headline(Long id, String title, Instant postedAt, String excerpt) {
    }

    List<Headline> latestOf(Long planId, int most);
}
