package org.hemicycle.plan;

import java.util.List;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.Parliament;
import org.jspecify.annotations.Nullable;

/** Everything the plan page shows, loaded in a number of queries that does not grow with the plan. */
public record PlanPage(Parliament parliament, List<Chamber> chambers, ActionPlan plan,
                       List<LeadBodyMember> leadBodyMembers, List<SelectedOrganization> organizations,
                       List<CoCreationMeeting> meetings, List<PhaseTransition> transitions,
                       List<CommitmentSummary> commitments, boolean editable, List<PlanNews.Headline> news,
                       @Nullable ActionPlan previous, @Nullable ActionPlan next) {

    /** The latest news posts the plan page lists; the news pages have them all, a page at a time. */
    public static final int NEWS_SHOWN = 3;

    public List<Chamber> participatingChambers() {
        return chambers.stream().filter(chamber -> plan.getChamberIds().contains(chamber.getId())).toList();
    }

    public @Nullable PhaseTransition transitionInto(PlanPhase phase) {
        return transitions.stream().filter(t -> t.getToPhase() == phase).reduce((first, second) -> second).orElse(null);
    }

    /** The plan's progress across its commitments, for the summary that leads the plan page. */
    public PlanProgress progress() {
        return PlanProgress.of(commitments);
    }

    /** At the end of its cycle, with its lessons recorded and no next plan yet: the team may start the next one. */
    public boolean canStartNext() {
        return editable && next == null && plan.getPhase() == PlanPhase.RENEWAL
                && plan.getLessonsLearned() != null && !plan.getLessonsLearned().isBlank();
    }

    public boolean canAddCommitment() {
        return commitments.size() < PlanCommitments.MAX_PER_PLAN && !plan.getPhase().holdsAnnexA();
    }
}
