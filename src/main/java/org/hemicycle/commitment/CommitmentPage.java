package org.hemicycle.commitment;

import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

public record CommitmentPage(Parliament parliament, ActionPlan plan, Commitment commitment,
                             List<Activity> activities, List<Indicator> indicators, int commitmentsInPlan,
                             boolean editable, CommitmentInputs.Inputs inputs,
                             CommitmentInputs.DraftComments draftComments) {

    public int progressPercent() {
        long done = activities.stream().filter(Activity::isCompleted).count();
        return activities.isEmpty() ? 0 : (int) Math.round(100.0 * done / activities.size());
    }

    public boolean hasPrevious() {
        return commitment.getNumber() > 1;
    }

    public boolean hasNext() {
        return commitment.getNumber() < commitmentsInPlan;
    }
}
