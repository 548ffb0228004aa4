package org.hemicycle.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Completion;

/**
 * A progress report of a plan as of a day: each commitment's page as the public reads it (its progress, activities,
 * updates, readings and assessments), and the counts that sum the plan up.
 */
public record ProgressReport(ReportKind kind, Parliament parliament, ActionPlan plan, List<CommitmentPage> commitments,
                             LocalDate asOf) {

    /** How many commitments are at each level of completion, in the IRM's words. */
    public Map<Completion, Long> completionCounts() {
        Map<Completion, Long> counts = new EnumMap<>(Completion.class);
        for (Completion completion : Completion.values()) {
            counts.put(completion, 0L);
        }
        commitments.forEach(page -> counts.merge(page.commitment().getCompletion(), 1L, Long::sum));
        return counts;
    }

    public long overdueActivities() {
        return commitments.stream().mapToLong(CommitmentPage::overdueCount).sum();
    }

    public int meanProgress() {
        return commitments.isEmpty() ? 0
                : (int) Math.floor(commitments.stream().mapToInt(CommitmentPage::progressPercent).average().orElse(0));
    }
}
