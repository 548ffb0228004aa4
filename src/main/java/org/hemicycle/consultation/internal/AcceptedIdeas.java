package org.hemicycle.consultation.internal;

import org.hemicycle.commitment.CommitmentInputs;
import org.hemicycle.consultation.AnswerKind;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ideas accepted into a commitment, for its page: two statements, whatever their number. */
@Component
@Transactional(readOnly = true)
class AcceptedIdeas implements CommitmentInputs {

    private final IdeaRepository ideas;

    AcceptedIdeas(IdeaRepository ideas) {
        this.ideas = ideas;
    }

    @Override
    public Inputs acceptedInto(Long commitmentId) {
        var shown = ideas.findByAnswerCommitmentIdAndAnswerKindOrderBySupportsDescIdAsc(commitmentId, AnswerKind.ACCEPTED,
                PageRequest.of(0, SHOWN));
        if (shown.isEmpty()) {
            return Inputs.NONE;
        }
        long total = shown.size() < SHOWN ? shown.size() : ideas.countByAnswerCommitmentIdAndAnswerKind(commitmentId, AnswerKind.ACCEPTED);
        return new Inputs(shown.stream().map(idea -> new Input(idea.getConsultationId(), idea.getId(), idea.getTitle(),
                idea.getSupports())).toList(), total);
    }
}
