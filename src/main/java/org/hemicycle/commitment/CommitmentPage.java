package org.hemicycle.commitment;

import java.time.LocalDate;
import java.util.List;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

public record CommitmentPage(Parliament parliament, ActionPlan plan, Commitment commitment,
                             List<Activity> activities, List<Indicator> indicators, int commitmentsInPlan,
                             boolean editable, CommitmentInputs.Inputs inputs,
                             CommitmentInputs.DraftComments draftComments, CommitmentMonitoring.Monitoring monitoring,
                             CommitmentAssessments.Assessments assessments,
                             LocalDate today, boolean mayPostUpdates, java.util.Set<AssessmentSource> mayAssess) {

    /** By the roll-up rule of {@link Progress}. */
    public int progressPercent() {
        return Progress.of(commitment, activities);
    }

    public long activitiesCompleted() {
        return activities.stream().filter(Activity::isCompleted).count();
    }

    /** Past its end date and not done: the public sees it flagged. */
    public boolean overdue(Activity activity) {
        return !activity.isCompleted() && activity.getEndDate().isBefore(today);
    }

    public long overdueCount() {
        return activities.stream().filter(this::overdue).count();
    }

    public boolean hasPrevious() {
        return commitment.getNumber() > 1;
    }

    public boolean hasNext() {
        return commitment.getNumber() < commitmentsInPlan;
    }
}
