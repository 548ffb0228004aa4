package org.hemicycle.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Assessment;
import org.hemicycle.commitment.AssessmentSource;
import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.CommitmentSummary;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.review.internal.AssessmentRecords;
import org.hemicycle.review.internal.Reviews;
import org.hemicycle.account.ParticipationLimits;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.site.PublicAddress;
import org.hemicycle.site.RecordVersion;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three assessments of a plan's commitments and its independent review. Every change is made under the plan's row
 * lock, so that two people saving at once are one after the other, and the second is told when the first changed what
 * their form showed. Assessments are of an adopted plan: what it promised, and then what it did.
 *
 * <p>The review's life: its reviewer starts it and assesses each commitment in a draft nobody else reads; opens it for
 * public comment until a closing day, once every commitment is assessed and the recommendations written; answers every
 * comment; and publishes it once the period is over. Published, it is frozen: nothing of it changes again. The platform
 * itself (an import of a review held before, the demo) may record a period already past, and publish at its end.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    public static final int MAX_JUSTIFICATION = 8000;
    public static final int MAX_RECOMMENDATIONS = 20000;
    public static final int MAX_COMMENT = 4000;
    /** The shortest comment period: the public needs time to read a review. */
    public static final int MIN_COMMENT_DAYS = 7;

    private final CommitmentService commitments;
    private final PlanCommitments planCommitments;
    private final PlanCycle cycle;
    private final PlanPages plans;
    private final ParliamentService parliaments;
    private final AssessmentRecords assessments;
    private final Reviews reviews;
    private final ParticipationLimits limits;
    private final PublicAddress address;

    ReviewService(CommitmentService commitments, PlanCommitments planCommitments, PlanCycle cycle, PlanPages plans,
                  ParliamentService parliaments, AssessmentRecords assessments, Reviews reviews, ParticipationLimits limits,
                  PublicAddress address) {
        this.address = address;
        this.commitments = commitments;
        this.planCommitments = planCommitments;
        this.cycle = cycle;
        this.plans = plans;
        this.parliaments = parliaments;
        this.assessments = assessments;
        this.reviews = reviews;
        this.limits = limits;
    }

    public AssessingPage assessing(Actor actor, Long commitmentId, AssessmentSource source) {
        CommitmentPage page = commitments.read(actor, commitmentId);
        ReviewPolicy.TABLE.check(actor, ReviewPolicy.assessing(source), page.plan().getParliamentId());
        Review review = source == AssessmentSource.INDEPENDENT ? reviews.ofPlan(page.plan().getId()).orElse(null) : null;
        return new AssessingPage(page, source, assessments.currentOf(commitmentId, true).of(source),
                assessments.earlierOf(commitmentId, source), review);
    }

    /** Saves the assessment as a new state of it; {@code seenVersion} is the version of the form as it was shown. */
    @Transactional
    public void assess(Actor actor, Long commitmentId, AssessmentSource source, AssessmentForm form, @Nullable String seenVersion) {
        ActionPlan plan = cycle.lockedForChange(Actor.platform(actor.displayName()), commitments.planIdOf(commitmentId));
        ReviewPolicy.TABLE.check(actor, ReviewPolicy.assessing(source), plan.getParliamentId());
        if (!plan.getPhase().isAdopted()) {
            throw new PlanRuleViolation(null, "assessment.error.not-adopted");
        }
        Long reviewId = null;
        if (source == AssessmentSource.INDEPENDENT) {
            Review review = reviews.ofPlan(plan.getId())
                    .orElseThrow(() -> new PlanRuleViolation(null, "assessment.error.no-review"));
            if (review.state() == ReviewState.PUBLISHED) {
                throw new PlanRuleViolation(null, "review.error.frozen");
            }
            reviewId = review.id();
        }
        RecordVersion.check(seenVersion, AssessmentForm.of(assessments.currentOf(commitmentId, true).of(source)));
        if (!Text.present(form.justification())) {
            throw new PlanRuleViolation("justification", "assessment.error.justification");
        }
        assessments.save(commitmentId, source, reviewId, form, Text.clean(form.justification()), idOf(actor),
                actor.displayName(), Instant.now());
        commitments.reportChanged(commitmentId);
    }

    public ReviewPage page(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return pageOf(actor, parliament, plan);
    }

    public ReviewPage workspace(Actor actor, Long planId) {
        ActionPlan plan = plans.readablePlan(actor, planId);
        ReviewPolicy.TABLE.check(actor, ReviewPolicy.Action.REVIEW, plan.getParliamentId());
        return pageOf(actor, parliaments.byId(plan.getParliamentId()), plan);
    }

    private ReviewPage pageOf(Actor actor, Parliament parliament, ActionPlan plan) {
        boolean mayReview = ReviewPolicy.TABLE.allows(actor, ReviewPolicy.Action.REVIEW, parliament.getId());
        Review review = reviews.ofPlan(plan.getId()).filter(found -> found.isPublic() || mayReview).orElse(null);
        Map<Long, Assessment> independent = review == null ? Map.of() : assessments.ofReview(review.id());
        List<ReviewComment> comments = review == null || !review.isPublic() ? List.of() : reviews.commentsOf(review.id());
        return new ReviewPage(parliament, plan, review, planCommitments.summariesOf(plan.getId()), independent, comments,
                mayReview, ReviewPolicy.TABLE.allows(actor, ReviewPolicy.Action.COMMENT, parliament.getId()), LocalDate.now(),
                address.of(new PlanAddress(parliament.getSlug(), plan.getSlug()).path() + "/review"));
    }

    @Transactional
    public void start(Actor actor, Long planId) {
        ActionPlan plan = lockedForReview(actor, planId);
        if (!plan.getPhase().isAdopted()) {
            throw new PlanRuleViolation(null, "assessment.error.not-adopted");
        }
        if (reviews.ofPlan(planId).isPresent()) {
            return; // Started already, by this reviewer's other tab or another reviewer: there is one review per plan.
        }
        reviews.start(planId, idOf(actor), actor.displayName(), Instant.now());
    }

    @Transactional
    public void writeRecommendations(Actor actor, Long planId, @Nullable String recommendations, int seenVersion) {
        Review review = draftOrCommented(actor, planId, seenVersion);
        if (!Text.present(recommendations)) {
            throw new PlanRuleViolation("recommendations", "review.error.recommendations");
        }
        if (recommendations.strip().length() > MAX_RECOMMENDATIONS) {
            throw new PlanRuleViolation("recommendations", "review.error.recommendations-too-long", MAX_RECOMMENDATIONS);
        }
        reviews.writeRecommendations(review.id(), Text.clean(recommendations));
    }

    @Transactional
    public void openForComment(Actor actor, Long planId, @Nullable LocalDate closeOn, int seenVersion) {
        Review review = draftOrCommented(actor, planId, seenVersion);
        if (review.state() != ReviewState.DRAFT) {
            throw new PlanRuleViolation(null, "review.error.not-draft");
        }
        // The platform itself records a review held before it (an import, the demo): its period is in the past.
        boolean importing = actor instanceof Actor.Platform;
        if (closeOn == null || !importing && closeOn.isBefore(LocalDate.now().plusDays(MIN_COMMENT_DAYS))) {
            throw new PlanRuleViolation("commentsCloseOn", "review.error.period", MIN_COMMENT_DAYS);
        }
        complete(review);
        reviews.openForComment(review.id(), closeOn, Instant.now());
        refreshCommitmentPages(planId);
    }

    @Transactional
    public void publish(Actor actor, Long planId, int seenVersion) {
        Review review = draftOrCommented(actor, planId, seenVersion);
        if (review.state() != ReviewState.PUBLIC_COMMENT) {
            throw new PlanRuleViolation(null, "review.error.not-commented");
        }
        boolean importing = actor instanceof Actor.Platform;
        if (!importing && review.commentsCloseOn() != null && !LocalDate.now().isAfter(review.commentsCloseOn())) {
            throw new PlanRuleViolation(null, "review.error.period-running", review.commentsCloseOn());
        }
        long unanswered = reviews.unansweredOf(review.id());
        if (unanswered > 0) {
            throw new PlanRuleViolation(null, "review.error.unanswered", unanswered);
        }
        complete(review);
        reviews.publish(review.id(), Instant.now());
        refreshCommitmentPages(planId);
    }

    /** A comment on a review open for comment, by someone signed in, counted against the participation limits. */
    @Transactional
    public void comment(Actor actor, Long planId, @Nullable String body) {
        limits.count(actor, "review-comment");
        ActionPlan plan = cycle.lockedForChange(Actor.platform(actor.displayName()), planId);
        ReviewPolicy.TABLE.check(actor, ReviewPolicy.Action.COMMENT, plan.getParliamentId());
        Review review = reviews.ofPlan(planId).filter(Review::isPublic)
                .orElseThrow(() -> new PlanRuleViolation(null, "review.error.not-open"));
        if (!review.takesComments(LocalDate.now())) {
            throw new PlanRuleViolation(null, "review.error.not-open");
        }
        if (!Text.present(body)) {
            throw new PlanRuleViolation("body", "review.error.comment");
        }
        if (body.strip().length() > MAX_COMMENT) {
            throw new PlanRuleViolation("body", "review.error.comment-too-long", MAX_COMMENT);
        }
        reviews.comment(review.id(), idOf(actor), actor.displayName(), Text.clean(body), Instant.now());
    }

    @Transactional
    public void answer(Actor actor, Long planId, Long commentId, @Nullable String answer) {
        Review review = lockedReview(actor, planId);
        if (review.state() != ReviewState.PUBLIC_COMMENT) {
            throw new PlanRuleViolation(null, review.state() == ReviewState.PUBLISHED ? "review.error.frozen" : "review.error.not-commented");
        }
        if (!Text.present(answer)) {
            throw new PlanRuleViolation("answer", "review.error.answer");
        }
        if (answer.strip().length() > MAX_COMMENT) {
            throw new PlanRuleViolation("answer", "review.error.comment-too-long", MAX_COMMENT);
        }
        if (!reviews.answer(review.id(), commentId, Text.clean(answer), Instant.now())) {
            throw new PlanRuleViolation(null, "review.error.no-comment-to-answer");
        }
    }

    /** Every commitment assessed and the recommendations written: what a review opened or published holds. */
    private void complete(Review review) {
        if (!Text.present(review.recommendations())) {
            throw new PlanRuleViolation(null, "review.error.recommendations");
        }
        Map<Long, Assessment> assessed = assessments.ofReview(review.id());
        long missing = planCommitments.summariesOf(review.planId()).stream()
                .filter(summary -> !assessed.containsKey(summary.commitment().getId())).count();
        if (missing > 0) {
            throw new PlanRuleViolation(null, "review.error.not-assessed", missing);
        }
    }

    private Review draftOrCommented(Actor actor, Long planId, int seenVersion) {
        Review review = lockedReview(actor, planId);
        if (review.state() == ReviewState.PUBLISHED) {
            throw new PlanRuleViolation(null, "review.error.frozen");
        }
        if (review.version() != seenVersion) {
            throw new PlanRuleViolation(null, "review.error.changed");
        }
        return review;
    }

    private Review lockedReview(Actor actor, Long planId) {
        lockedForReview(actor, planId);
        return reviews.ofPlan(planId).orElseThrow(() -> new PlanRuleViolation(null, "assessment.error.no-review"));
    }

    private ActionPlan lockedForReview(Actor actor, Long planId) {
        ActionPlan plan = cycle.lockedForChange(Actor.platform(actor.displayName()), planId);
        ReviewPolicy.TABLE.check(actor, ReviewPolicy.Action.REVIEW, plan.getParliamentId());
        return plan;
    }

    /** Its independent assessments appear on, or change on, every commitment page of the plan. */
    private void refreshCommitmentPages(Long planId) {
        planCommitments.summariesOf(planId).forEach(summary -> commitments.reportChanged(summary.commitment().getId()));
    }

    private static @Nullable Long idOf(Actor actor) {
        return actor instanceof HemicycleUser user ? user.id() : null;
    }
}
