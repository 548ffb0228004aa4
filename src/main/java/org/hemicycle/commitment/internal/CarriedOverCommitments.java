package org.hemicycle.commitment.internal;

import java.util.List;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.CommitmentText;
import org.hemicycle.plan.Completion;
import org.hemicycle.plan.PlanRenewed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The commitments a plan did not complete become proposals for the next one: draft commitments of the new plan, in
 * the same order, with their text but neither dates (the new period has its own) nor progress, each naming the
 * commitment it carries on. A withdrawn commitment was given up on purpose and is not carried.
 */
@Component
class CarriedOverCommitments {

    private static final List<Completion> LEFT_BEHIND = List.of(Completion.COMPLETE, Completion.WITHDRAWN);

    private final CommitmentRepository commitments;
    private final CommitmentService service;

    CarriedOverCommitments(CommitmentRepository commitments, CommitmentService service) {
        this.commitments = commitments;
        this.service = service;
    }

    /** In the transaction that starts the next plan. */
    @EventListener
    void carryOver(PlanRenewed renewed) {
        for (CommitmentEntity previous : commitments.findWithValuesByPlanId(renewed.previousPlanId())) {
            if (LEFT_BEHIND.contains(previous.getCompletion())) {
                continue;
            }
            CommitmentText text = previous.text();
            Commitment carried = service.add(renewed.actor(), renewed.nextPlanId(), new CommitmentText(text.title(),
                    text.pillar(), null, null, text.responsibleInstitution(), text.governmentPartners(), text.otherPartners(),
                    text.issue(), text.description(), text.justification(), text.ogpValues(), text.ogpRelevance(),
                    text.budget(), text.contactName(), text.contactTitle(), text.contactDepartment(),
                    text.contactOrganization(), text.contactEmail(), null));
            commitments.findById(carried.getId()).orElseThrow().carryOn(previous.getId());
        }
    }
}
