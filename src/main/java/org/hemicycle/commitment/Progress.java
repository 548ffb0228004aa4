package org.hemicycle.commitment;

import java.util.Collection;
import org.hemicycle.plan.Completion;

/**
 * The roll-up rule, in one place. An activity's progress is the percentage of its latest update (done is 100, not
 * started 0). A commitment with activities is as far along as their mean weighted by each activity's weight (1 unless
 * the plan team gave another); one without activities is as far along as its own latest update says. The commitment's
 * completion is then said in the IRM's words: 0 % not started, under 50 % limited, under 100 % substantial, 100 %
 * complete; withdrawn only when its latest update on the whole commitment withdrew it.
 */
public final class Progress {

    private Progress() {
    }

    /** Rounded down, so that a commitment is at 100 % only when every activity is done; no activity, no progress. */
    public static int rollUp(Collection<? extends Activity> activities) {
        long weights = 0;
        long weighted = 0;
        for (Activity activity : activities) {
            weights += activity.getWeight();
            weighted += (long) activity.getWeight() * activity.getProgressPercent();
        }
        return rollUp(weighted, weights);
    }

    /** A commitment's progress: its activities rolled up, or its own latest update while it has none. */
    public static int of(Commitment commitment, Collection<? extends Activity> activities) {
        if (activities.isEmpty()) {
            Integer reported = commitment.getReportedPercent();
            return reported == null ? 0 : reported;
        }
        return rollUp(activities);
    }

    public static int rollUp(long weightedPercent, long weights) {
        return weights == 0 ? 0 : (int) Math.min(100, weightedPercent / weights);
    }

    public static Completion completionOf(int percent) {
        if (percent <= 0) {
            return Completion.NOT_STARTED;
        }
        return percent < 50 ? Completion.LIMITED : percent < 100 ? Completion.SUBSTANTIAL : Completion.COMPLETE;
    }
}
