package org.hemicycle.report;

import java.time.LocalDate;
import java.util.List;
import org.hemicycle.commitment.WholeCommitment;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;

/** A plan's commitments in the layout of Annex A, as of a day; a plan not yet adopted is marked as a draft. */
public record AnnexA(Parliament parliament, ActionPlan plan, List<WholeCommitment> commitments, LocalDate asOf) {

    public boolean isDraft() {
        return !plan.getPhase().isAdopted();
    }
}
