package org.hemicycle.consultation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParticipationLimits;
import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.commitment.CommitmentPart;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.consultation.internal.AnswerCoverage;
import org.hemicycle.consultation.internal.AnswerHistory;
import org.hemicycle.consultation.internal.ConsultationEntity;
import org.hemicycle.consultation.internal.ConsultationRepository;
import org.hemicycle.consultation.internal.IdeaEntity;
import org.hemicycle.consultation.internal.IdeaRepository;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.site.Text;
import org.hemicycle.site.WordDiff;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Comments on the parts of a draft commitment under consultation. A comment is anchored to the part (the commitment,
 * which field or which activity or indicator), so it stays with it through every new version of the text; the text it
 * was written on is kept, and the part's page shows what changed since, word by word.
 */
@Service
@Transactional(readOnly = true)
public class DraftCommentService {

    private final ConsultationService consultationService;
    private final CommitmentService commitments;
    private final ConsultationRepository consultations;
    private final IdeaRepository ideas;
    private final AccountService accounts;
    private final ParticipationLimits limits;
    private final AnswerCoverage coverage;
    private final AnswerHistory history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DraftCommentService(ConsultationService consultationService, CommitmentService commitments,
                        ConsultationRepository consultations, IdeaRepository ideas, AccountService accounts,
                        ParticipationLimits limits, AnswerCoverage coverage, AnswerHistory history, ApplicationEventPublisher events,
                        PlatformTransactionManager transactionManager) {
        this.consultationService = consultationService;
        this.commitments = commitments;
        this.consultations = consultations;
        this.ideas = ideas;
        this.accounts = accounts;
        this.limits = limits;
        this.coverage = coverage;
        this.history = history;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A part of a commitment with a page of its comments (numbered from 1), in a number of statements that does not grow. */
    public DraftPartPage part(Actor actor, String parliamentSlug, String planSlug, Long consultationId, int number,
                              CommitmentPart part, @Nullable Long itemId, int commentPage) {
        CommitmentPage commitment = commitments.page(actor, parliamentSlug, planSlug, number);
        ConsultationEntity consultation = consultations.findByIdAndPlanId(consultationId, commitment.plan().getId())
                .orElseThrow(ConsultationNotFound::new);
        boolean removed = part.isItem() && part.titleIn(commitment, itemId) == null;
        if (removed && !ideas.existsByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemId(consultationId,
                commitment.commitment().getId(), part, itemId)) {
            throw new ConsultationNotFound();
        }
        // An activity or indicator removed since it was commented on: its comments, and their answers, stay readable.
        String text = removed ? null : Text.clean(part.textIn(commitment, itemId));
        Long commitmentId = commitment.commitment().getId();
        PageRequest request = PageRequest.of(Math.max(0, commentPage - 1), DraftPartPage.COMMENTS_PER_PAGE);
        Page<IdeaEntity> found = part.isItem()
                ? ideas.findByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemIdOrderByIdAsc(consultationId,
                        commitmentId, part, itemId, request)
                : ideas.findByConsultationIdAndDraftCommitmentIdAndDraftPartAndDraftItemIdIsNullOrderByIdAsc(consultationId,
                        commitmentId, part, request);
        Map<Long, String> names = found.isEmpty() ? Map.of()
                : accounts.publicNames(found.stream().map(IdeaEntity::getAuthorId).distinct().toList());
        Long reader = actor instanceof HemicycleUser user ? user.id() : null;
        // Comments written on the same text share one comparison.
        Map<String, List<WordDiff.Segment>> changesSince = new HashMap<>();
        List<DraftPartPage.DraftComment> comments = found.stream().map(comment -> {
            boolean changed = !comment.isHidden() && !Objects.equals(comment.getDraftText(), text);
            List<WordDiff.Segment> changes = !changed ? List.of() : changesSince.computeIfAbsent(
                    Objects.requireNonNullElse(comment.getDraftText(), ""), then -> WordDiff.of(then, text));
            return new DraftPartPage.DraftComment(new IdeaView(comment, names.get(comment.getAuthorId()), false), changed,
                    changes, comment.getAuthorId().equals(reader));
        }).toList();
        ActionPlan plan = commitment.plan();
        return new DraftPartPage(commitment.parliament(), plan, consultation, consultation.stateAt(Instant.now()),
                commitment.commitment(), part, part.isItem() ? itemId : null, part.titleIn(commitment, itemId), text,
                removed, consultation.covers(commitmentId), digest(text), comments,
                history.replacedOf(found.getContent()), consultationService.commitmentNumbersFor(plan.getId(), found.getContent()),
                found.getNumber() + 1, Math.max(1, found.getTotalPages()),
                actor instanceof HemicycleUser,
                ConsultationPolicy.TABLE.allows(actor, ConsultationPolicy.Action.ANSWER, plan.getParliamentId()));
    }

    /**
     * A comment on a part of a draft commitment while the consultation is open, with the part's text as the commenter
     * read it. Counted per person first, with no connection held (as every contribution is).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Idea comment(Actor actor, String parliamentSlug, String planSlug, Long consultationId, int number,
                        CommitmentPart part, @Nullable Long itemId, NewComment comment, @Nullable String seenText) {
        limits.count(actor, "comment");
        return transactions.execute(status -> {
            ActionPlan plan = consultationService.planOpenTo(actor, consultationId);
            ConsultationEntity consultation = consultationService.openFor(consultationId);
            CommitmentPage commitment = commitments.page(actor, parliamentSlug, planSlug, number);
            if (!commitment.plan().getId().equals(plan.getId())) {
                throw new ConsultationNotFound();
            }
            if (!consultation.covers(commitment.commitment().getId())) {
                throw new ConsultationRuleViolation(null, "consultation.draft.error.not-consulted");
            }
            if (plan.getPhase().isAdopted()) {
                // What was adopted is amended by the parliament, not commented on as a draft.
                throw new ConsultationRuleViolation(null, "consultation.draft.error.adopted");
            }
            String text = textOf(commitment, part, itemId);
            if (!Text.present(comment.body())) {
                throw new ConsultationRuleViolation("body", "consultation.comment.error.empty");
            }
            if (seenText != null && !seenText.equals(digest(text))) {
                // The comment is kept with the text it was written on: not one its author has not read.
                throw new ConsultationRuleViolation("body", "consultation.draft.error.changed-while-writing");
            }
            IdeaEntity saved = ideas.save(IdeaEntity.onDraft(consultationId, ((HemicycleUser) actor).id(),
                    commitment.commitment().getId(), part, itemId, text, comment.body()));
            coverage.changed(consultationId);
            // The commitment's page counts the comments on each of its parts.
            events.publishEvent(new ConsultationChanged(plan.getId(),
                    new PlanAddress(commitment.parliament().getSlug(), plan.getSlug()), true));
            return saved;
        });
    }

    /** Where a comment on the draft is read: its part's page that lists it, at its anchor. */
    public String addressOf(String consultationPath, int commitmentNumber, Idea comment) {
        return consultationService.draftCommentAddress(consultationPath, commitmentNumber, comment);
    }

    /** A short fingerprint of a part's text, which the comment form carries to tell if it changed meanwhile. */
    static String digest(@Nullable String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNullElse(text, "").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The part's text now; an activity or indicator that is not the commitment's is not found. */
    private static @Nullable String textOf(CommitmentPage commitment, CommitmentPart part, @Nullable Long itemId) {
        if (part.isItem() && part.titleIn(commitment, itemId) == null) {
            throw new ConsultationNotFound();
        }
        return Text.clean(part.textIn(commitment, itemId));
    }

}
