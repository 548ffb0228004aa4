package org.hemicycle.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParticipationLimits;
import org.hemicycle.commitment.CommitmentPart;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.consultation.internal.AnswerCoverage;
import org.hemicycle.consultation.internal.AnswerHistory;
import org.hemicycle.consultation.internal.ConsultationEntity;
import org.hemicycle.consultation.internal.ConsultationRepository;
import org.hemicycle.consultation.internal.IdeaEntity;
import org.hemicycle.consultation.internal.IdeaRepository;
import org.hemicycle.consultation.internal.IdeaSupports;
import org.hemicycle.consultation.internal.ModerationHistory;
import org.hemicycle.consultation.internal.SimilarIdeas;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.CommitmentHeadline;
import org.hemicycle.plan.CommitmentSummary;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.site.RecordVersion;
import org.hemicycle.site.TimeZones;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan's online consultations: run by its point of contact, open to ideas and supports from anyone signed in
 * between their opening and closing moments, which are instants, so that a consultation closes by itself at the
 * organisers' hour whatever the reader's time zone.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final AccountService accounts;
    private final ConsultationRepository consultations;
    private final IdeaRepository ideas;
    private final IdeaSupports supports;
    private final ParticipationLimits limits;
    private final ApplicationEventPublisher events;
    private final AnswerCoverage coverage;
    private final AnswerHistory history;
    private final PlanCommitments commitments;
    private final CommitmentService commitmentRecords;
    private final SimilarIdeas similarIdeas;
    private final ModerationHistory moderation;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reading;

    /** Someone writing an idea pauses, and is shown similar ones, this many times more often than they submit one. */
    public static final int SIMILAR_ASKED_PER_IDEA = 10;

    ConsultationService(ParliamentService parliaments, PlanPages plans, AccountService accounts,
                        ConsultationRepository consultations, IdeaRepository ideas, IdeaSupports supports,
                        ParticipationLimits limits, ApplicationEventPublisher events, AnswerCoverage coverage,
                        AnswerHistory history, PlanCommitments commitments, CommitmentService commitmentRecords,
                        SimilarIdeas similarIdeas,
                        ModerationHistory moderation, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.similarIdeas = similarIdeas;
        this.moderation = moderation;
        this.coverage = coverage;
        this.history = history;
        this.commitments = commitments;
        this.commitmentRecords = commitmentRecords;
        this.limits = limits;
        this.events = events;
        this.parliaments = parliaments;
        this.plans = plans;
        this.accounts = accounts;
        this.consultations = consultations;
        this.ideas = ideas;
        this.supports = supports;
    }

    public ConsultationsPage list(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return listOf(actor, parliament, plan);
    }

    /** A plan's consultations, each with its response coverage: what the co-creation scorecard reads of them. */
    public List<ConsultationFacts> factsOf(Actor actor, Long planId) {
        ActionPlan plan = plans.readablePlan(actor, planId);
        List<ConsultationEntity> all = consultations.findByPlanIdOrderByOpensAtDesc(plan.getId());
        Map<Long, Coverage> covered = all.isEmpty() ? Map.of() : coverage.of(all.stream().map(ConsultationEntity::getId).toList());
        return all.stream().map(consultation -> new ConsultationFacts(consultation, covered.get(consultation.getId()))).toList();
    }

    /** A consultation's latest listed contributions and answers, at most {@code most} of each: its followers' news. */
    public ConsultationNews newsOf(Actor actor, Long consultationId, int most) {
        ConsultationEntity consultation = consultations.findById(consultationId).orElseThrow(ConsultationNotFound::new);
        plans.readablePlan(actor, consultation.getPlanId());
        PageRequest latest = PageRequest.of(0, most);
        return new ConsultationNews(consultation,
                List.copyOf(ideas.findByConsultationIdAndModerationOrderByCreatedAtDesc(consultationId, Moderation.VISIBLE, latest)),
                List.copyOf(ideas.findByConsultationIdAndModerationAndAnsweredAtIsNotNullOrderByAnsweredAtDesc(consultationId,
                        Moderation.VISIBLE, latest)));
    }

    /** The consultation of a plan, for a page about it that another module shows. */
    public Consultation ofPlan(Actor actor, Long planId, Long consultationId) {
        ActionPlan plan = plans.readablePlan(actor, planId);
        return consultations.findByIdAndPlanId(consultationId, plan.getId()).orElseThrow(ConsultationNotFound::new);
    }

    public ConsultationsPage workspace(Actor actor, Long planId) {
        ActionPlan plan = running(actor, planId);
        return listOf(actor, parliaments.byId(plan.getParliamentId()), plan);
    }

    /** One page of ideas (numbered from 1), most supported first, in a number of statements that does not grow. */
    public ConsultationPage page(Actor actor, String parliamentSlug, String planSlug, Long consultationId, int pageNumber) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        ConsultationEntity consultation = consultations.findByIdAndPlanId(consultationId, plan.getId())
                .orElseThrow(ConsultationNotFound::new);
        long listed = coverage.listedIdeas(consultationId);
        int pageCount = (int) Math.max(1, (listed + ConsultationPage.IDEAS_PER_PAGE - 1) / ConsultationPage.IDEAS_PER_PAGE);
        int shownPage = Math.max(1, pageNumber);
        List<IdeaEntity> found = ideas.findListedByConsultationIdAndKindAndModerationOrderBySupportsDescIdAsc(consultationId,
                InputKind.IDEA, Moderation.VISIBLE, PageRequest.of(shownPage - 1, ConsultationPage.IDEAS_PER_PAGE));
        long hidden = ideas.countByConsultationIdAndModerationIn(consultationId, Moderation.HIDING);
        List<Long> ids = found.stream().map(IdeaEntity::getId).toList();
        Map<Long, String> names = accounts.publicNames(found.stream().map(IdeaEntity::getAuthorId).distinct().toList());
        Set<Long> supported = actor instanceof HemicycleUser user ? supports.supportedBy(user.id(), ids) : Set.of();
        Instant now = Instant.now();
        List<IdeaView> views = found.stream()
                .map(idea -> new IdeaView(idea, names.get(idea.getAuthorId()), supported.contains(idea.getId()))).toList();
        boolean anyAccepted = found.stream().anyMatch(idea -> idea.getAnswerKind() == AnswerKind.ACCEPTED);
        // Read when the page names them: a draft's commitments, which readers comment on, or those ideas became.
        List<CommitmentHeadline> planCommitments = anyAccepted || !plan.getPhase().isAdopted()
                ? commitments.headlinesOf(plan.getId()) : List.of();
        Map<Long, CommitmentHeadline> acceptedInto = planCommitments.stream()
                .collect(Collectors.toMap(CommitmentHeadline::getId, c -> c));
        List<CommitmentHeadline> consulted = plan.getPhase().isAdopted() ? List.of()
                : planCommitments.stream().filter(commitment -> consultation.covers(commitment.getId())).toList();
        return new ConsultationPage(parliament, plan, consultation, consultation.stateAt(now), views, acceptedInto,
                shownPage, pageCount, listed, hidden, actor instanceof HemicycleUser,
                ConsultationPolicy.TABLE.allows(actor, ConsultationPolicy.Action.RUN, plan.getParliamentId()),
                ConsultationPolicy.TABLE.allows(actor, ConsultationPolicy.Action.ANSWER, plan.getParliamentId()),
                ConsultationPolicy.TABLE.allows(actor, ConsultationPolicy.Action.MODERATE, plan.getParliamentId()),
                coverage.of(consultationId), now, consulted);
    }

    /** One idea, its answer and what the answer links to, in a number of statements that does not grow. */
    public IdeaPage idea(Actor actor, String parliamentSlug, String planSlug, Long consultationId, Long ideaId, int commentPage) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        ConsultationEntity consultation = consultations.findByIdAndPlanId(consultationId, plan.getId())
                .orElseThrow(ConsultationNotFound::new);
        IdeaEntity idea = ideas.findByIdAndConsultationId(ideaId, consultationId).orElseThrow(ConsultationNotFound::new);
        if (idea.isOnDraft() && idea.getDraftCommitmentId() != null && idea.getDraftPart() != null) {
            // Read on the page of the part it is about, which a deleted commitment no longer has.
            String consultationPath = new PlanAddress(parliament.getSlug(), plan.getSlug()).path() + "/consultations/" + consultationId;
            commitments.summariesOf(plan.getId()).stream().map(CommitmentSummary::commitment)
                    .filter(c -> c.getId().equals(idea.getDraftCommitmentId())).findFirst()
                    .ifPresent(commitment -> {
                        throw new CommentOfIdea(draftCommentAddress(consultationPath, commitment.getNumber(), idea));
                    });
        }
        if (idea.getKind() == InputKind.COMMENT) {
            throw new CommentOfIdea(new PlanAddress(parliament.getSlug(), plan.getSlug()).path() + "/consultations/" + consultationId
                    + "/ideas/" + idea.getCommentOnId() + commentAnchor(idea));
        }
        CommitmentHeadline acceptedInto = idea.getAnswerKind() == AnswerKind.ACCEPTED && idea.getAnswerCommitmentId() != null
                ? commitments.summariesOf(plan.getId()).stream().map(CommitmentSummary::commitment)
                        .filter(c -> c.getId().equals(idea.getAnswerCommitmentId())).findFirst().orElse(null)
                : null;
        String acceptedActivity = acceptedInto != null && idea.getAnswerActivityId() != null
                ? commitmentRecords.activityOf(acceptedInto.getId(), idea.getAnswerActivityId()).map(a -> a.getDescription()).orElse(null)
                : null;
        Idea mergedInto = idea.getAnswerKind() == AnswerKind.MERGED && idea.getAnswerMergedIntoId() != null
                ? ideas.findById(idea.getAnswerMergedIntoId()).orElse(null) : null;
        List<Idea> mergedHere = List.copyOf(ideas.findByAnswerMergedIntoIdAndAnswerKindOrderByIdAsc(ideaId, AnswerKind.MERGED,
                PageRequest.of(0, IdeaPage.MERGED_SHOWN)));
        Page<IdeaEntity> comments = idea.getComments() == 0 ? Page.empty()
                : ideas.findByCommentOnIdAndReplyToIdIsNullOrderByIdAsc(ideaId,
                        PageRequest.of(Math.max(0, commentPage - 1), IdeaPage.COMMENTS_PER_PAGE));
        List<IdeaEntity> replies = comments.isEmpty() ? List.of() : ideas.findByReplyToIdInOrderByIdAsc(
                comments.stream().map(IdeaEntity::getId).toList(), PageRequest.of(0, IdeaPage.REPLIES_SHOWN));
        List<Long> authors = new java.util.ArrayList<>(List.of(idea.getAuthorId()));
        comments.forEach(comment -> authors.add(comment.getAuthorId()));
        replies.forEach(reply -> authors.add(reply.getAuthorId()));
        Map<Long, String> names = accounts.publicNames(authors.stream().distinct().toList());
        Map<Long, List<IdeaView>> repliesTo = replies.stream().collect(Collectors.groupingBy(IdeaEntity::getReplyToId,
                Collectors.mapping(reply -> new IdeaView(reply, names.get(reply.getAuthorId()), false), Collectors.toList())));
        List<CommentThread> threads = comments.stream().map(comment -> new CommentThread(
                new IdeaView(comment, names.get(comment.getAuthorId()), false), repliesTo.getOrDefault(comment.getId(), List.of())))
                .toList();
        boolean supported = actor instanceof HemicycleUser user && supports.exists(ideaId, user.id());
        return new IdeaPage(parliament, plan, consultation, consultation.stateAt(Instant.now()),
                new IdeaView(idea, names.get(idea.getAuthorId()), supported), acceptedInto, acceptedActivity, mergedInto, mergedHere,
                idea.isAnswered() ? history.replaced(ideaId) : List.of(),
                idea.getModeratedAt() != null ? moderation.of(ideaId) : List.of(), threads,
                history.replacedOf(java.util.stream.Stream.concat(comments.stream(), replies.stream()).toList()),
                commitmentNumbersFor(plan.getId(), java.util.stream.Stream.of(List.of(idea), comments.getContent(), replies)
                        .flatMap(List::stream).toList()),
                comments.getNumber() + 1,
                Math.max(1, comments.getTotalPages()), actor instanceof HemicycleUser,
                ConsultationPolicy.TABLE.allows(actor, ConsultationPolicy.Action.ANSWER, plan.getParliamentId()),
                ConsultationPolicy.TABLE.allows(actor, ConsultationPolicy.Action.MODERATE, plan.getParliamentId()));
    }

    /**
     * The numbers of the plan's commitments by id, read only when one of these inputs was accepted into one: how the
     * public names the commitment an answer points to.
     */
    public Map<Long, Integer> commitmentNumbersFor(Long planId, List<? extends Idea> shown) {
        if (shown.stream().noneMatch(input -> input.getAnswerKind() == AnswerKind.ACCEPTED && input.getAnswerCommitmentId() != null)) {
            return Map.of();
        }
        return commitments.summariesOf(planId).stream().map(CommitmentSummary::commitment)
                .collect(Collectors.toMap(CommitmentHeadline::getId, CommitmentHeadline::getNumber));
    }

    /** Where a comment on the draft is read: the page of its part that lists it, at its anchor. */
    public String draftCommentAddress(String consultationPath, int commitmentNumber, Idea comment) {
        CommitmentPart part = java.util.Objects.requireNonNull(comment.getDraftPart());
        long before = part.isItem()
                ? ideas.countByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemIdAndIdLessThan(comment.getConsultationId(),
                        comment.getDraftCommitmentId(), part, comment.getDraftItemId(), comment.getId())
                : ideas.countByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemIdIsNullAndIdLessThan(
                        comment.getConsultationId(), comment.getDraftCommitmentId(), part, comment.getId());
        long page = before / DraftPartPage.COMMENTS_PER_PAGE + 1;
        return consultationPath + "/commitments/" + commitmentNumber + "/" + part.path()
                + (comment.getDraftItemId() != null ? "/" + comment.getDraftItemId() : "")
                + (page > 1 ? "?page=" + page : "") + "#comment-" + comment.getId();
    }

    /** Where a comment is in its idea's thread: the page of comments it is on, and its anchor. */
    public String commentAnchor(Idea comment) {
        Long top = comment.getReplyToId() != null ? comment.getReplyToId() : comment.getId();
        long before = ideas.countByCommentOnIdAndReplyToIdIsNullAndIdLessThan(comment.getCommentOnId(), top);
        long page = before / IdeaPage.COMMENTS_PER_PAGE + 1;
        return (page > 1 ? "?page=" + page : "") + "#comment-" + comment.getId();
    }

    /**
     * A comment on an idea of an open consultation, or a reply to one of its comments; a reply to a reply joins the
     * thread of the comment it replies under, since threads are one level deep. The idea counts it in one statement.
     */
    // Counted first, in its own short transaction, with no connection held: within the action's, each request
    // would hold two connections, and a burst of them would wait on each other for the pool.
    @Transactional(propagation = Propagation.SUPPORTS)
    public Idea comment(Actor actor, Long consultationId, Long ideaId, NewComment comment) {
        limits.count(actor, "comment");
        return transactions.execute(status -> {
            ActionPlan plan = planOpenTo(actor, consultationId);
            openFor(consultationId);
            IdeaEntity idea = ideas.findByIdAndConsultationId(ideaId, consultationId).filter(found -> !found.isComment())
                    .orElseThrow(ConsultationNotFound::new);
            if (idea.isHidden()) {
                throw new ConsultationRuleViolation(null, "consultation.comment.error.hidden");
            }
            if (!Text.present(comment.body())) {
                throw new ConsultationRuleViolation("body", "consultation.comment.error.empty");
            }
            Long replyTo = null;
            if (comment.replyTo() != null) {
                IdeaEntity repliedTo = ideas.findById(comment.replyTo()).filter(found -> ideaId.equals(found.getCommentOnId()))
                        .orElseThrow(() -> new ConsultationRuleViolation("body", "consultation.comment.error.reply-to"));
                if (repliedTo.isHidden()) {
                    throw new ConsultationRuleViolation(null, "consultation.comment.error.hidden");
                }
                replyTo = repliedTo.getReplyToId() != null ? repliedTo.getReplyToId() : repliedTo.getId();
            }
            IdeaEntity saved = ideas.save(IdeaEntity.comment(consultationId, ((HemicycleUser) actor).id(), idea.getId(), replyTo,
                    comment.body()));
            ideas.countOneComment(idea.getId());
            coverage.changed(consultationId);
            changed(plan);
            return saved;
        });
    }

    /**
     * The ideas of the consultation most like a text someone is writing, to support instead of repeating, shown
     * while they type: only to those who may take part while it is open, and counted, since every pause in typing
     * asks again. Empty for a blank text.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Similar similarWhileWriting(Actor actor, String parliamentSlug, String planSlug, Long consultationId,
                                       @Nullable String title, @Nullable String body) {
        // Counted first, with no connection held (see support).
        limits.count(actor, "similar", limits.perWindow() * SIMILAR_ASKED_PER_IDEA);
        return reading.execute(status -> {
            planOpenTo(actor, consultationId);
            openFor(consultationId);
            return similar(parliamentSlug, planSlug, actor, consultationId, title, body);
        });
    }

    /** The similar ideas offered before a new one is saved: refused, as the idea would be, when it cannot be taken. */
    public Similar similarToNew(Actor actor, String parliamentSlug, String planSlug, Long consultationId, NewIdea idea) {
        planOpenTo(actor, consultationId);
        openFor(consultationId);
        return similar(parliamentSlug, planSlug, actor, consultationId, idea.title(), idea.body());
    }

    private Similar similar(String parliamentSlug, String planSlug, Actor actor, Long consultationId,
                            @Nullable String title, @Nullable String body) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        consultations.findByIdAndPlanId(consultationId, plan.getId()).orElseThrow(ConsultationNotFound::new);
        String text = (title == null ? "" : title) + " " + (body == null ? "" : body);
        return new Similar(List.copyOf(similarIdeas.to(consultationId, plan.getContentLanguage(), text,
                ConsultationPage.SIMILAR_SHOWN)), plan.getContentLanguage());
    }

    public Consultation editable(Actor actor, Long consultationId) {
        ConsultationEntity consultation = consultations.findById(consultationId).orElseThrow(ConsultationNotFound::new);
        running(actor, consultation.getPlanId());
        // Read now: its form shows them, after this transaction.
        consultation.getCommitmentIds();
        return consultation;
    }

    /** The plan's commitments a consultation can be on, for its form. */
    public List<CommitmentHeadline> commitmentsToConsult(Actor actor, Long planId) {
        running(actor, planId);
        return commitments.headlinesOf(planId);
    }

    @Transactional
    public Consultation open(Actor actor, Long planId, ConsultationDetails details) {
        ActionPlan plan = running(actor, planId);
        check(details);
        checkCommitments(planId, details);
        ConsultationEntity opened = consultations.save(new ConsultationEntity(planId, details));
        changed(plan);
        return opened;
    }

    @Transactional
    public void update(Actor actor, Long consultationId, ConsultationDetails details, @Nullable String seenVersion) {
        ActionPlan plan = running(actor, consultations.findPlanIdById(consultationId).orElseThrow(ConsultationNotFound::new));
        ConsultationEntity consultation = consultations.findById(consultationId).orElseThrow(ConsultationNotFound::new);
        RecordVersion.check(seenVersion, consultation.details());
        check(details);
        checkCommitments(plan.getId(), details);
        consultation.apply(details);
        changed(plan);
    }

    // Counted first, in its own short transaction, with no connection held: within the action's, each request
    // would hold two connections, and a burst of them would wait on each other for the pool.
    @Transactional(propagation = Propagation.SUPPORTS)
    public Idea submit(Actor actor, Long consultationId, NewIdea idea) {
        limits.count(actor, "idea");
        return transactions.execute(status -> {
            ActionPlan plan = planOpenTo(actor, consultationId);
            ConsultationEntity consultation = openFor(consultationId);
            if (idea.title() == null || idea.title().isBlank() || idea.body() == null || idea.body().isBlank()) {
                throw new ConsultationRuleViolation(idea.title() == null || idea.title().isBlank() ? "title" : "body",
                        "consultation.error.idea-incomplete");
            }
            IdeaEntity saved = ideas.save(new IdeaEntity(consultation.getId(), ((HemicycleUser) actor).id(), idea));
            coverage.changed(consultation.getId());
            changed(plan);
            return saved;
        });
    }

    /**
     * One support per person and idea. The count on the idea grows by one in one statement, so that people
     * supporting at the same moment never lose a support; the same person's second support is refused.
     */
    // Counted first, in its own short transaction, with no connection held: within the action's, each request
    // would hold two connections, and a burst of them would wait on each other for the pool.
    @Transactional(propagation = Propagation.SUPPORTS)
    public void support(Actor actor, Long consultationId, Long ideaId) {
        limits.count(actor, "support");
        transactions.executeWithoutResult(status -> {
            // One read of the consultation for both its plan and its state: a support is the busiest request.
            ConsultationEntity consultation = consultations.findById(consultationId).orElseThrow(ConsultationNotFound::new);
            ActionPlan plan = plans.readablePlan(actor, consultation.getPlanId());
            ConsultationPolicy.TABLE.check(actor, ConsultationPolicy.Action.TAKE_PART, plan.getParliamentId());
            checkOpen(consultation);
            // Counted first: the count finds the idea (of this consultation, and an idea, not a comment) and holds its
            // row, so no statement reads it before. A refusal below rolls the count back.
            if (supports.countOne(ideaId, consultationId) == 0) {
                throw new ConsultationNotFound();
            }
            try {
                // The primary key says whether this person supports it already: no statement to ask first.
                supports.add(ideaId, ((HemicycleUser) actor).id());
            } catch (DuplicateKeyException already) {
                throw new ConsultationRuleViolation(null, "consultation.error.already-supported");
            }
            changed(plan);
        });
    }

    /** Whether the actor is signed in and supports this idea. */
    public boolean supports(Actor actor, Long ideaId) {
        return actor instanceof HemicycleUser user && supports.exists(ideaId, user.id());
    }

    /** The plan of a consultation the actor may take part in; for the contributions DraftCommentService takes. */
    ActionPlan planOpenTo(Actor actor, Long consultationId) {
        ActionPlan plan = plans.readablePlan(actor, consultations.findPlanIdById(consultationId).orElseThrow(ConsultationNotFound::new));
        ConsultationPolicy.TABLE.check(actor, ConsultationPolicy.Action.TAKE_PART, plan.getParliamentId());
        return plan;
    }

    private void changed(ActionPlan plan) {
        events.publishEvent(new ConsultationChanged(plan.getId(),
                new PlanAddress(parliaments.byId(plan.getParliamentId()).getSlug(), plan.getSlug())));
    }

    /** The consultation, if it is open now; refused with the reason otherwise. */
    ConsultationEntity openFor(Long consultationId) {
        return checkOpen(consultations.findById(consultationId).orElseThrow(ConsultationNotFound::new));
    }

    private static ConsultationEntity checkOpen(ConsultationEntity consultation) {
        ConsultationState state = consultation.stateAt(Instant.now());
        if (state == ConsultationState.UPCOMING) {
            throw new ConsultationRuleViolation(null, "consultation.error.not-open-yet");
        }
        if (state == ConsultationState.CLOSED) {
            throw new ConsultationRuleViolation(null, "consultation.error.closed");
        }
        return consultation;
    }

    /** A consultation is on commitments of its own plan. */
    private void checkCommitments(Long planId, ConsultationDetails details) {
        if (details.chosenCommitments().isEmpty()) {
            return;
        }
        java.util.Set<Long> ofPlan = commitments.headlinesOf(planId).stream().map(CommitmentHeadline::getId)
                .collect(Collectors.toSet());
        if (!ofPlan.containsAll(details.chosenCommitments())) {
            throw new ConsultationRuleViolation("commitmentIds", "consultation.error.commitment-not-in-plan");
        }
    }

    private static void check(ConsultationDetails details) {
        if (details.title() == null || details.title().isBlank() || details.opensOn() == null || details.opensAt() == null
                || details.closesOn() == null || details.closesAt() == null) {
            throw new ConsultationRuleViolation(null, "consultation.error.incomplete");
        }
        TimeZones.PeriodProblem problem = TimeZones.problemOf(details.opensOn().atTime(details.opensAt()),
                details.closesOn().atTime(details.closesAt()), details.timeZone());
        if (problem != null) {
            throw switch (problem) {
                case ZONE_NOT_OFFERED -> new ConsultationRuleViolation("timeZone", "consultation.error.time-zone");
                case START_SKIPPED -> new ConsultationRuleViolation("opensAt", "consultation.error.time-not-in-zone");
                case END_SKIPPED -> new ConsultationRuleViolation("closesAt", "consultation.error.time-not-in-zone");
                case END_NOT_AFTER_START -> new ConsultationRuleViolation("closesOn", "consultation.error.closes-before-opening");
            };
        }
    }

    private ConsultationsPage listOf(Actor actor, Parliament parliament, ActionPlan plan) {
        return new ConsultationsPage(parliament, plan, List.copyOf(consultations.findByPlanIdOrderByOpensAtDesc(plan.getId())),
                ConsultationPolicy.TABLE.allows(actor, ConsultationPolicy.Action.RUN, plan.getParliamentId()), Instant.now());
    }

    private ActionPlan running(Actor actor, Long planId) {
        ActionPlan plan = plans.editablePlan(actor, planId);
        ConsultationPolicy.TABLE.check(actor, ConsultationPolicy.Action.RUN, plan.getParliamentId());
        return plan;
    }
}
