package org.hemicycle.consultation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.consultation.internal.AnswerCoverage;
import org.hemicycle.consultation.internal.AnswerHistory;
import org.hemicycle.consultation.internal.ConsultationEntity;
import org.hemicycle.consultation.internal.ConsultationRepository;
import org.hemicycle.consultation.internal.IdeaEntity;
import org.hemicycle.consultation.internal.IdeaRepository;
import org.hemicycle.mail.Mail;
import org.hemicycle.mail.Mailer;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.site.PublicAddress;
import org.hemicycle.site.RecordVersion;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parliament's reasoned answer to every input of a consultation (OGP's co-creation standard): each idea is
 * accepted into a commitment, merged into another idea, not accepted, or out of scope, always with the reason, shown
 * with the idea and written to its author. An answer may be changed; the one it replaces stays on the public record.
 */
@Service
@Transactional(readOnly = true)
public class AnswerService {

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final PlanCommitments commitments;
    private final CommitmentService commitmentRecords;
    private final AccountService accounts;
    private final ConsultationRepository consultations;
    private final IdeaRepository ideas;
    private final AnswerHistory history;
    private final AnswerCoverage coverage;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress address;
    private final ApplicationEventPublisher events;

    AnswerService(ParliamentService parliaments, PlanPages plans, PlanCommitments commitments, CommitmentService commitmentRecords,
                  AccountService accounts,
                  ConsultationRepository consultations, IdeaRepository ideas, AnswerHistory history, AnswerCoverage coverage,
                  Mailer mailer, MessageSource messages, PublicAddress address, ApplicationEventPublisher events) {
        this.parliaments = parliaments;
        this.plans = plans;
        this.commitments = commitments;
        this.commitmentRecords = commitmentRecords;
        this.accounts = accounts;
        this.consultations = consultations;
        this.ideas = ideas;
        this.history = history;
        this.coverage = coverage;
        this.mailer = mailer;
        this.messages = messages;
        this.address = address;
        this.events = events;
    }

    /** The consultation's unanswered inputs, the oldest first (numbered from 1), with its coverage. */
    public AnswerDesk desk(Actor actor, Long consultationId, int pageNumber) {
        ConsultationEntity consultation = consultations.findById(consultationId).orElseThrow(ConsultationNotFound::new);
        ActionPlan plan = answerablePlan(actor, consultation.getPlanId());
        Page<IdeaEntity> found = ideas.findByConsultationIdAndFirstAnsweredAtIsNullOrderByIdAsc(consultationId,
                PageRequest.of(Math.max(0, pageNumber - 1), AnswerDesk.PER_PAGE));
        Map<Long, String> names = accounts.publicNames(found.stream().map(IdeaEntity::getAuthorId).distinct().toList());
        List<IdeaView> views = found.stream().map(idea -> new IdeaView(idea, names.get(idea.getAuthorId()), false)).toList();
        return new AnswerDesk(parliaments.byId(plan.getParliamentId()), plan, consultation, views, found.getNumber() + 1,
                Math.max(1, found.getTotalPages()), coverage.of(consultationId));
    }

    public AnsweringPage answering(Actor actor, Long ideaId) {
        IdeaEntity idea = ideas.findById(ideaId).orElseThrow(ConsultationNotFound::new);
        ConsultationEntity consultation = consultations.findById(idea.getConsultationId()).orElseThrow(ConsultationNotFound::new);
        ActionPlan plan = answerablePlan(actor, consultation.getPlanId());
        String author = accounts.publicNames(List.of(idea.getAuthorId())).get(idea.getAuthorId());
        return new AnsweringPage(parliaments.byId(plan.getParliamentId()), plan, consultation, new IdeaView(idea, author, false),
                commitments.summariesOf(plan.getId()), commitmentRecords.wholeCommitmentsOf(actor, plan.getId()),
                history.replaced(ideaId));
    }

    /**
     * Answers the idea, or changes its answer when the form showed the current one ({@code seenVersion}); the
     * author is written to in their language, in the same transaction, so that a refused answer sends nothing.
     * Answers with the consultation's id.
     */
    @Transactional
    public Long answer(Actor actor, Long ideaId, IdeaAnswer answer, @Nullable String seenVersion) {
        IdeaEntity idea = lockForAnswer(ideaId, answer);
        ConsultationEntity consultation = consultations.findById(idea.getConsultationId()).orElseThrow(ConsultationNotFound::new);
        ActionPlan plan = answerablePlan(actor, consultation.getPlanId());
        if (idea.isAnswered() && idea.wouldBeAnswered(answer)) {
            // The same answer sent again (a double click, two editors agreeing): nothing to record or to write.
            return consultation.getId();
        }
        RecordVersion.check(seenVersion, idea.answer());
        check(answer, idea, plan);
        boolean first = !idea.isAnswered();
        idea.answer(answer, Instant.now());
        ideas.flush();
        history.record(idea, actor instanceof HemicycleUser user ? user.id() : null);
        Parliament parliament = parliaments.byId(plan.getParliamentId());
        PlanAddress planAddress = new PlanAddress(parliament.getSlug(), plan.getSlug());
        tellAuthor(idea, consultation, parliament, planAddress, first);
        coverage.changed(consultation.getId());
        // The commitment an idea is accepted into lists it: the plan's pages change too.
        events.publishEvent(new ConsultationChanged(plan.getId(), planAddress, true));
        return consultation.getId();
    }

    /**
     * The idea, locked until the answer commits: two editors answering it at once are taken one after the other. A
     * merge locks the idea it goes into as well, the lower id first, so that two crossed merges (A into B, B into A)
     * are taken one after the other too, and the second sees the first.
     */
    private IdeaEntity lockForAnswer(Long ideaId, IdeaAnswer answer) {
        Long into = answer.kind() == AnswerKind.MERGED ? answer.mergedInto() : null;
        if (into != null && !into.equals(ideaId) && into < ideaId) {
            ideas.findForAnswer(into);
        }
        IdeaEntity idea = ideas.findForAnswer(ideaId).orElseThrow(ConsultationNotFound::new);
        if (into != null && !into.equals(ideaId) && into > ideaId) {
            ideas.findForAnswer(into);
        }
        return idea;
    }

    private void check(IdeaAnswer answer, IdeaEntity idea, ActionPlan plan) {
        if (answer.kind() == null) {
            throw new ConsultationRuleViolation("kind", "consultation.answer.error.kind");
        }
        if (!Text.present(answer.text())) {
            throw new ConsultationRuleViolation("text", "consultation.answer.error.reason");
        }
        if (answer.kind() == AnswerKind.ACCEPTED) {
            // Held until the answer commits, so that the commitment is not deleted from under the idea meanwhile.
            if (answer.commitmentId() == null || !commitmentRecords.holdForInput(plan.getId(), answer.commitmentId())) {
                throw new ConsultationRuleViolation("commitmentId", "consultation.answer.error.commitment");
            }
            if (answer.activityId() != null && commitmentRecords.activityOf(answer.commitmentId(), answer.activityId()).isEmpty()) {
                throw new ConsultationRuleViolation("activityId", "consultation.answer.error.activity");
            }
        }
        if (answer.kind() == AnswerKind.MERGED) {
            if (answer.mergedInto() == null || answer.mergedInto().equals(idea.getId())) {
                throw new ConsultationRuleViolation("mergedInto", "consultation.answer.error.merged-into");
            }
            IdeaEntity target = ideas.findByIdAndConsultationId(answer.mergedInto(), idea.getConsultationId())
                    .orElseThrow(() -> new ConsultationRuleViolation("mergedInto", "consultation.answer.error.merged-into"));
            // Into an idea readers can read: not a comment (a thread's reply), not one moderation hides.
            if (target.isComment() || target.isHidden()) {
                throw new ConsultationRuleViolation("mergedInto", "consultation.answer.error.merged-into");
            }
            // Into an idea that stands: a chain of merges would send readers from idea to idea.
            if (target.getAnswerKind() == AnswerKind.MERGED) {
                throw new ConsultationRuleViolation("mergedInto", "consultation.answer.error.merged-into-merged",
                        target.getAnswerMergedIntoId());
            }
            // Nor may an idea that others were merged into go into another: theirs would then lead to a merged one.
            long mergedHere = ideas.countByAnswerMergedIntoIdAndAnswerKind(idea.getId(), AnswerKind.MERGED);
            if (mergedHere > 0) {
                throw new ConsultationRuleViolation("kind", "consultation.answer.error.has-merged", mergedHere);
            }
        }
    }

    private void tellAuthor(IdeaEntity idea, ConsultationEntity consultation, Parliament parliament, PlanAddress plan, boolean first) {
        accounts.recipient(idea.getAuthorId()).ifPresent(author -> {
            String link = address.of(plan.path() + "/consultations/" + consultation.getId() + "/ideas/" + idea.getId());
            String key = "consultation.mail." + (idea.isComment() ? "comment-" : "") + (first ? "answered" : "answer-changed");
            String kind = messages.getMessage("consultation.answer.kind." + idea.getAnswerKind(), null, author.language());
            mailer.queue(Mail.toAccount(author.accountId(), author.email(), author.language(),
                    messages.getMessage(key + ".subject", new Object[] {idea.getTitle()}, author.language()),
                    messages.getMessage(key + ".body", new Object[] {author.displayName(), idea.getTitle(), parliament.getName(),
                            kind, idea.getAnswerText(), link}, author.language())));
        });
    }

    private ActionPlan answerablePlan(Actor actor, Long planId) {
        ActionPlan plan = plans.readablePlan(actor, planId);
        ConsultationPolicy.TABLE.check(actor, ConsultationPolicy.Action.ANSWER, plan.getParliamentId());
        return plan;
    }
}
