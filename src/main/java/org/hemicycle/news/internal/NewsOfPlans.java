package org.hemicycle.news.internal;

import java.util.List;
import org.hemicycle.plan.PlanNews;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The news module's answer to the plan page: its latest posts, in one statement. */
@Component
@Transactional(readOnly = true)
class NewsOfPlans implements PlanNews {

    /** How long an excerpt on the plan page runs, in characters. */
    private static final int EXCERPT = 240;

    private final NewsPostRepository posts;

    NewsOfPlans(NewsPostRepository posts) {
        this.posts = posts;
    }

    @Override
    public List<Headline> latestOf(Long planId, int most) {
        return posts.findByPlanIdOrderByPostedAtDescIdDesc(planId, PageRequest.of(0, most)).stream()
                .map(NewsPostEntity::post)
                .map(post -> new Headline(post.id(), post.title(), post.postedAt(), post.excerpt(EXCERPT))).toList();
    }
}
