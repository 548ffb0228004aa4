package org.hemicycle.consultation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParticipationLimits;
import org.hemicycle.consultation.internal.AnswerCoverage;
import org.hemicycle.consultation.internal.ConsultationEntity;
import org.hemicycle.consultation.internal.ConsultationRepository;
import org.hemicycle.consultation.internal.IdeaEntity;
import org.hemicycle.consultation.internal.IdeaFlags;
import org.hemicycle.consultation.internal.IdeaRepository;
import org.hemicycle.consultation.internal.ModerationHistory;
import org.hemicycle.mail.Mail;
import org.hemicycle.mail.Mailer;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.site.PublicAddress;
import org.hemicycle.site.RecordVersion;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Abuse kept off a consultation without silencing anyone in secret: people flag an idea, moderators hide it with a
 * public reason or keep it, many at a time from a queue, and an idea flagged by several people is hidden until they
 * review it. A hidden idea leaves the list but stays counted, its reason public, its history kept.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    /** The most ideas one decision takes: a page of the queue. */
    public static final int MOST_PER_DECISION = ModerationQueue.PER_PAGE;

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final AccountService accounts;
    private final ConsultationRepository consultations;
    private final IdeaRepository ideas;
    private final IdeaFlags flags;
    private final ModerationHistory history;
    private final ParticipationLimits limits;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress address;
    private final ApplicationEventPublisher events;
    private final int hideAfterFlags;
    private final TransactionTemplate transactions;
    private final AnswerCoverage coverage;

    ModerationService(ParliamentService parliaments, PlanPages plans, AccountService accounts, ConsultationRepository consultations,
                      IdeaRepository ideas, IdeaFlags flags, ModerationHistory history, ParticipationLimits limits, Mailer mailer,
                      MessageSource messages, PublicAddress address, ApplicationEventPublisher events,
                      @Value("${hemicycle.moderation.hide-after-flags:3}") int hideAfterFlags,
                      PlatformTransactionManager transactionManager, AnswerCoverage coverage) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.coverage = coverage;
        this.parliaments = parliaments;
        this.plans = plans;
        this.accounts = accounts;
        this.consultations = consultations;
        this.ideas = ideas;
        this.flags = flags;
        this.history = history;
        this.limits = limits;
        this.mailer = mailer;
        this.messages = messages;
        this.address = address;
        this.events = events;
        this.hideAfterFlags = hideAfterFlags;
    }

    /** How many people flagging an idea hide it until a moderator reviews it. */
    public int hideAfterFlags() {
        return hideAfterFlags;
    }

    /** The version of an idea's moderation that a decision on it carries. */
    public static String versionOf(Idea idea) {
        return RecordVersion.of(new ModerationState(idea.getModeration(), idea.getFlagsToReview(), idea.getModeratedAt()));
    }

    /** The same, read for an idea by its id: a digest, which says nothing of the idea. */
    public String currentVersion(Long ideaId) {
        return versionOf(ideas.findById(ideaId).orElseThrow(ConsultationNotFound::new));
    }

    private record ModerationState(Moderation moderation, int flagsToReview, @Nullable Instant moderatedAt) {
    }

    public FlagPage flagging(Actor actor, String parliamentSlug, String planSlug, Long consultationId, Long ideaId) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        ConsultationPolicy.TABLE.check(actor, ConsultationPolicy.Action.TAKE_PART, plan.getParliamentId());
        ConsultationEntity consultation = consultations.findByIdAndPlanId(consultationId, plan.getId()).orElseThrow(ConsultationNotFound::new);
        IdeaEntity idea = ideas.findByIdAndConsultationId(ideaId, consultationId).orElseThrow(ConsultationNotFound::new);
        return new FlagPage(parliament, plan, consultation, idea, flags.exists(ideaId, ((HemicycleUser) actor).id()));
    }

    /**
     * One flag per person and idea, counted under the idea's row lock, so that the flag that reaches the threshold is
     * the one that hides the idea, once, however many people flag it at the same moment.
     */
    // Counted first, with no connection held (see ConsultationService.support).
    @Transactional(propagation = Propagation.SUPPORTS)
    public void flag(Actor actor, Long consultationId, Long ideaId, IdeaFlag flag) {
        limits.count(actor, "flag");
        transactions.executeWithoutResult(status -> {
            ActionPlan plan = plans.readablePlan(actor, consultations.findPlanIdById(consultationId).orElseThrow(ConsultationNotFound::new));
            ConsultationPolicy.TABLE.check(actor, ConsultationPolicy.Action.TAKE_PART, plan.getParliamentId());
            if (flag.reason() == null) {
                throw new ConsultationRuleViolation("reason", "consultation.flag.error.reason");
            }
            IdeaEntity idea = ideas.findForAnswer(ideaId).filter(found -> found.getConsultationId().equals(consultationId))
                    .orElseThrow(ConsultationNotFound::new);
            Long accountId = ((HemicycleUser) actor).id();
            if (idea.getAuthorId().equals(accountId)) {
                throw new ConsultationRuleViolation(null, idea.isComment() ? "consultation.flag.error.own-comment" : "consultation.flag.error.own");
            }
            if (flags.exists(ideaId, accountId)) {
                throw new ConsultationRuleViolation(null, idea.isComment() ? "consultation.flag.error.already-comment" : "consultation.flag.error.already");
            }
            flags.add(ideaId, accountId, flag.reason(), Text.present(flag.note()) ? Text.clean(flag.note()) : null);
            Instant now = Instant.now();
            if (idea.flagged(hideAfterFlags, now)) {
                ideas.flush();
                coverage.changed(consultationId);
                history.record(ideaId, ModerationDecision.AUTO_HIDDEN, null, null, now);
                changed(plan);
            }
        });
    }

    public ModerationQueue queue(Actor actor, Long consultationId, int pageNumber) {
        ConsultationEntity consultation = consultations.findById(consultationId).orElseThrow(ConsultationNotFound::new);
        ActionPlan plan = moderatedPlan(actor, consultation.getPlanId());
        Page<IdeaEntity> found = ideas.findByConsultationIdAndFlagsToReviewGreaterThanOrderByFlagsToReviewDescIdAsc(consultationId, 0,
                PageRequest.of(Math.max(0, pageNumber - 1), ModerationQueue.PER_PAGE));
        Map<Long, String> names = accounts.publicNames(found.stream().map(IdeaEntity::getAuthorId).distinct().toList());
        Map<Long, Map<FlagReason, Integer>> reasons = flags.reasonsOf(found.stream().map(IdeaEntity::getId).toList());
        List<ModerationQueue.Flagged> flagged = found.stream().map(idea -> new ModerationQueue.Flagged(
                new IdeaView(idea, names.get(idea.getAuthorId()), false), reasons.getOrDefault(idea.getId(), Map.of()),
                versionOf(idea))).toList();
        return new ModerationQueue(parliaments.byId(plan.getParliamentId()), plan, consultation, flagged, found.getTotalElements(),
                found.getNumber() + 1, Math.max(1, found.getTotalPages()),
                ideas.countByConsultationIdAndModerationIn(consultationId, Moderation.HIDING));
    }

    /**
     * Hides the ideas ticked, with the reason the public reads, or keeps them as they are (shown again if they were
     * hidden), in one transaction. Each idea carries the version the moderator saw; one decided on since by someone
     * else is left as it is. Answers how many were decided; the authors of the hidden ones are written to.
     */
    @Transactional
    public int decide(Actor actor, Long consultationId, ModerationForm form) {
        ConsultationEntity consultation = consultations.findById(consultationId).orElseThrow(ConsultationNotFound::new);
        ActionPlan plan = moderatedPlan(actor, consultation.getPlanId());
        if (form.decision() == null || form.decision() == ModerationDecision.AUTO_HIDDEN) {
            throw new ConsultationRuleViolation("decision", "consultation.moderation.error.decision");
        }
        Map<Long, String> seen = seenVersions(form.ideas());
        if (form.decision() == ModerationDecision.HIDE && !Text.present(form.reason())) {
            throw new ConsultationRuleViolation("reason", "consultation.moderation.error.reason");
        }
        Instant now = Instant.now();
        Long moderator = actor instanceof HemicycleUser user ? user.id() : null;
        List<IdeaEntity> decided = new ArrayList<>();
        List<IdeaEntity> found = ideas.findForModeration(consultationId, seen.keySet());
        if (found.size() < seen.size()) {
            // A forged or stale form: say so rather than apply the decision to part of what was ticked.
            throw new ConsultationRuleViolation("ideas", "consultation.moderation.error.unknown");
        }
        for (IdeaEntity idea : found) {
            if (seen.get(idea.getId()).equals(versionOf(idea))) {
                idea.decide(form.decision(), form.reason(), now);
                decided.add(idea);
            }
        }
        ideas.flush();
        for (IdeaEntity idea : decided) {
            history.record(idea.getId(), form.decision(), idea.getModerationReason(), moderator, now);
        }
        // What the consultation lists, and so its pager, changes with what is hidden or shown again.
        coverage.changed(consultationId);
        if (form.decision() == ModerationDecision.HIDE && !decided.isEmpty()) {
            Parliament parliament = parliaments.byId(plan.getParliamentId());
            PlanAddress planAddress = new PlanAddress(parliament.getSlug(), plan.getSlug());
            decided.forEach(idea -> tellAuthor(idea, consultation, parliament, planAddress));
        }
        changed(plan);
        return decided.size();
    }

    public HiddenIdeasPage hidden(Actor actor, String parliamentSlug, String planSlug, Long consultationId, int pageNumber) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        ConsultationEntity consultation = consultations.findByIdAndPlanId(consultationId, plan.getId()).orElseThrow(ConsultationNotFound::new);
        Page<IdeaEntity> found = ideas.findByConsultationIdAndModerationInOrderByModeratedAtDescIdDesc(consultationId, Moderation.HIDING,
                PageRequest.of(Math.max(0, pageNumber - 1), HiddenIdeasPage.PER_PAGE));
        return new HiddenIdeasPage(parliament, plan, consultation, List.copyOf(found.getContent()), found.getTotalElements(),
                found.getNumber() + 1, Math.max(1, found.getTotalPages()));
    }

    public List<PastDecision> decisionsOn(Long ideaId) {
        return history.of(ideaId);
    }

    /** The ideas ticked, each {@code id:version}; none, too many, or a malformed one is refused. */
    private static Map<Long, String> seenVersions(@Nullable List<String> ticked) {
        if (ticked == null || ticked.isEmpty()) {
            throw new ConsultationRuleViolation("ideas", "consultation.moderation.error.none");
        }
        if (ticked.size() > MOST_PER_DECISION) {
            throw new ConsultationRuleViolation("ideas", "consultation.moderation.error.too-many", MOST_PER_DECISION);
        }
        Map<Long, String> seen = new HashMap<>();
        for (String one : ticked) {
            int colon = one.indexOf(':');
            try {
                seen.put(Long.valueOf(one.substring(0, Math.max(0, colon))), one.substring(colon + 1));
            } catch (NumberFormatException notAnIdea) {
                throw new ConsultationRuleViolation("ideas", "consultation.moderation.error.none");
            }
        }
        return seen;
    }

    private void tellAuthor(IdeaEntity idea, ConsultationEntity consultation, Parliament parliament, PlanAddress plan) {
        accounts.recipient(idea.getAuthorId()).ifPresent(author -> {
            String link = address.of(plan.path() + "/consultations/" + consultation.getId() + "/ideas/" + idea.getId());
            String key = idea.isComment() ? "consultation.mail.comment-hidden" : "consultation.mail.hidden";
            mailer.queue(Mail.toAccount(author.accountId(), author.email(), author.language(),
                    messages.getMessage(key + ".subject", new Object[] {idea.getTitle()}, author.language()),
                    messages.getMessage(key + ".body", new Object[] {author.displayName(), idea.getTitle(),
                            parliament.getName(), idea.getModerationReason(), link}, author.language())));
        });
    }

    private ActionPlan moderatedPlan(Actor actor, Long planId) {
        ActionPlan plan = plans.readablePlan(actor, planId);
        ConsultationPolicy.TABLE.check(actor, ConsultationPolicy.Action.MODERATE, plan.getParliamentId());
        return plan;
    }

    private void changed(ActionPlan plan) {
        events.publishEvent(new ConsultationChanged(plan.getId(),
                new PlanAddress(parliaments.byId(plan.getParliamentId()).getSlug(), plan.getSlug())));
    }
}
