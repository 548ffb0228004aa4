package org.hemicycle.consultation.internal;

import java.time.Instant;
import java.util.stream.Collectors;
import org.hemicycle.consultation.ConsultationState;

import org.hemicycle.commitment.CommitmentInputs;
import org.hemicycle.consultation.AnswerKind;
import org.hemicycle.consultation.Moderation;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ideas accepted into a commitment, for its page: two statements, whatever their number. */
@Component
@Transactional(readOnly = true)
class AcceptedIdeas implements CommitmentInputs {

    private final IdeaRepository ideas;
    private final ConsultationRepository consultations;

    AcceptedIdeas(IdeaRepository ideas, ConsultationRepository consultations) {
        this.ideas = ideas;
        this.consultations = consultations;
    }

    @Override
    public DraftComments draftCommentsOn(Long planId, Long commitmentId) {
        Instant now = Instant.now();
        return consultations.findFirstByPlanIdAndOpensAtLessThanEqualOrderByOpensAtDesc(planId, now)
                .filter(consultation -> consultation.covers(commitmentId))
                .map(consultation -> new DraftComments(consultation.getId(), consultation.stateAt(now) == ConsultationState.OPEN,
                        ideas.countByDraftPart(consultation.getId(), commitmentId, Moderation.VISIBLE).stream()
                                .collect(Collectors.toMap(count -> count.part().key(count.itemId()), DraftPartCount::comments))))
                .orElse(DraftComments.NONE);
    }

    @Override
    public Inputs acceptedInto(Long commitmentId) {
        // Those moderation hides are left out: their title (a comment's is its first words) is what it hides.
        var shown = ideas.findByAnswerCommitmentIdAndAnswerKindAndModerationOrderBySupportsDescIdAsc(commitmentId, AnswerKind.ACCEPTED,
                Moderation.VISIBLE, PageRequest.of(0, SHOWN));
        if (shown.isEmpty()) {
            return Inputs.NONE;
        }
        long total = shown.size() < SHOWN ? shown.size() : ideas.countByAnswerCommitmentIdAndAnswerKindAndModeration(commitmentId,
                AnswerKind.ACCEPTED, Moderation.VISIBLE);
        return new Inputs(shown.stream().map(idea -> new Input(idea.getConsultationId(), idea.getId(), idea.getTitle(),
                idea.isComment(), idea.getSupports())).toList(), total);
    }

    @Override
    public long countAcceptedInto(Long commitmentId) {
        return ideas.countByAnswerCommitmentIdAndAnswerKind(commitmentId, AnswerKind.ACCEPTED);
    }
}
