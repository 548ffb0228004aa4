package org.hemicycle.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.PlanStanding;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a report shows, for whoever may read the plan: a report holds nothing the plan's pages do not. A progress
 * report is of an adopted plan; the Annex A of a plan still in drafting is its draft.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final PlanCommitments planCommitments;
    private final CommitmentService commitments;

    ReportService(ParliamentService parliaments, PlanPages plans, PlanCommitments planCommitments, CommitmentService commitments) {
        this.parliaments = parliaments;
        this.plans = plans;
        this.planCommitments = planCommitments;
        this.commitments = commitments;
    }

    public AnnexA annexA(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return new AnnexA(parliament, plan, commitments.wholeCommitmentsOf(actor, plan.getId()), LocalDate.now(parliament.zone()));
    }

    public PlanDashboard planDashboard(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return new PlanDashboard(parliament, plan, commitments.wholeCommitmentsOf(actor, plan.getId()),
                LocalDate.now(parliament.zone()));
    }

    /** Every plan of the parliament the actor may read, in a number of statements that does not grow with them. */
    public ParliamentDashboard parliamentDashboard(Actor actor, String parliamentSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        List<ActionPlan> visible = plans.visiblePlansOf(actor, parliament.getId());
        Map<Long, PlanStanding> standings = commitments.standingsOf(actor, visible, LocalDate.now(parliament.zone()));
        return new ParliamentDashboard(parliament, visible.stream()
                .map(plan -> new ParliamentDashboard.Line(plan, standings.getOrDefault(plan.getId(), PlanStanding.NOTHING)))
                .toList());
    }

    public ProgressReport progress(Actor actor, String parliamentSlug, String planSlug, ReportKind kind) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        if (!plan.getPhase().isAdopted()) {
            throw new PlanRuleViolation(null, "report.error.not-adopted");
        }
        // Each commitment read as its page reads it: a plan has at most PlanCommitments.MAX_PER_PLAN of them.
        List<CommitmentPage> pages = planCommitments.headlinesOf(plan.getId()).stream()
                .map(headline -> commitments.page(actor, parliamentSlug, planSlug, headline.getNumber())).toList();
        return new ProgressReport(kind, parliament, plan, pages, LocalDate.now(parliament.zone()));
    }
}
