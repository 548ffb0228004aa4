package org.hemicycle.news;

import java.time.Instant;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.news.internal.NewsPostEntity;
import org.hemicycle.news.internal.NewsPostRepository;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanChanged;
import org.hemicycle.plan.PlanNotFound;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanPolicy;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts a plan's news and reads it. The plan team posts on a published plan only, because a post is public at once;
 * a post is not edited afterwards (its followers were sent it as it was): a correction is a new post.
 */
@Service
@Transactional(readOnly = true)
public class NewsService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;
    /** The posts one page lists, the latest first. */
    public static final int PAGE = 50;

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final NewsPostRepository posts;
    private final ApplicationEventPublisher events;

    NewsService(ParliamentService parliaments, PlanPages plans, NewsPostRepository posts, ApplicationEventPublisher events) {
        this.events = events;
        this.parliaments = parliaments;
        this.plans = plans;
        this.posts = posts;
    }

    /** One page of posts, the latest first; {@code older} when more come after it. */
    public record NewsPage(Parliament parliament, ActionPlan plan, List<NewsPost> posts, boolean mayPost, int number,
                           boolean older) {
    }

    public NewsPage page(Actor actor, String parliamentSlug, String planSlug) {
        return page(actor, parliamentSlug, planSlug, 0);
    }

    /** Page {@code number} (from 0) of the posts, {@link #PAGE} to a page. */
    public NewsPage page(Actor actor, String parliamentSlug, String planSlug, int number) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        int page = Math.max(0, number);
        List<NewsPost> found = posts.findByPlanIdOrderByPostedAtDescIdDesc(plan.getId(), PageRequest.of(page, PAGE)).stream()
                .map(NewsPostEntity::post).toList();
        boolean older = found.size() == PAGE && posts.countByPlanId(plan.getId()) > (long) (page + 1) * PAGE;
        return new NewsPage(parliament, plan, found, PlanPolicy.mayEdit(actor, parliament.getId()), page, older);
    }

    /** The plan and its parliament without any post: what a single post's page needs around it. */
    public NewsPage around(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return new NewsPage(parliament, plan, List.of(), PlanPolicy.mayEdit(actor, parliament.getId()), 0, false);
    }

    /** The plan team's page: the same posts, and the form. */
    public NewsPage workspace(Actor actor, Long planId) {
        ActionPlan plan = plans.editablePlan(actor, planId);
        return new NewsPage(parliaments.byId(plan.getParliamentId()), plan, latest(planId, PAGE), true, 0, false);
    }

    public NewsPost post(Actor actor, String parliamentSlug, String planSlug, Long postId) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return posts.findByIdAndPlanId(postId, plan.getId()).map(NewsPostEntity::post).orElseThrow(PlanNotFound::new);
    }

    /** The latest posts of a plan its reader may read, for the feed and the followers' messages. */
    public List<NewsPost> latestOf(Actor actor, Long planId, int most) {
        return latest(plans.readablePlan(actor, planId).getId(), most);
    }

    /** Answers the new post's id. */
    @Transactional
    public Long publish(Actor actor, Long planId, NewPost post) {
        ActionPlan plan = plans.editablePlan(actor, planId);
        if (!plan.isPublished()) {
            throw new PlanRuleViolation(null, "news.error.not-published");
        }
        if (!Text.present(post.title())) {
            throw new PlanRuleViolation("title", "news.error.title");
        }
        if (!Text.present(post.body())) {
            throw new PlanRuleViolation("body", "news.error.body");
        }
        Long id = posts.save(new NewsPostEntity(planId, post.title().strip(), post.body().strip(), Instant.now(),
                actor instanceof HemicycleUser person ? person.id() : null, actor.displayName())).getId();
        // The plan page lists the latest posts: whatever keeps it (the page cache) lets it go.
        events.publishEvent(new PlanChanged(planId, plan.getParliamentId(),
                new PlanAddress(parliaments.byId(plan.getParliamentId()).getSlug(), plan.getSlug())));
        return id;
    }

    private List<NewsPost> latest(Long planId, int most) {
        return posts.findByPlanIdOrderByPostedAtDescIdDesc(planId, PageRequest.of(0, most)).stream()
                .map(NewsPostEntity::post).toList();
    }
}
