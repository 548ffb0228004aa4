package org.hemicycle.plan.internal;

import java.util.ArrayList;
import java.util.List;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Adoption;
import org.hemicycle.plan.CoCreationDesign;
import org.hemicycle.plan.LeadBody;
import org.hemicycle.plan.MissingRecord;
import org.hemicycle.plan.PlanCommitments;
import org.hemicycle.plan.PlanPhase;
import org.hemicycle.plan.PointOfContact;
import org.hemicycle.plan.PoliticalWill;
import org.hemicycle.site.Text;

/**
 * What each step of the cycle must have recorded before the plan moves past it. The checks are
 * cumulative: a plan reaching step N must still hold every record steps 1..N-1 asked for.
 */
public final class PlanWorkflow {

    /** What the checks read about a plan, loaded in a constant number of queries. */
    public record PlanFacts(ActionPlan plan, boolean ogpParticipant, long leadBodyMembers, long organizations,
                            PlanCommitments.Facts commitments) {
    }

    private PlanWorkflow() {
    }

    public static List<MissingRecord> missingToEnter(PlanPhase target, PlanFacts facts) {
        List<MissingRecord> missing = new ArrayList<>();
        for (PlanPhase step : PlanPhase.values()) {
            if (step.ordinal() >= target.ordinal()) {
                break;
            }
            missing.addAll(missingToLeave(step, facts));
        }
        return missing;
    }

    private static List<MissingRecord> missingToLeave(PlanPhase step, PlanFacts facts) {
        ActionPlan plan = facts.plan();
        List<MissingRecord> missing = new ArrayList<>();
        switch (step) {
            case POLITICAL_WILL -> {
                PoliticalWill will = plan.politicalWillStep();
                require(missing, step, Text.present(will.politicalWill()), "plan.missing.political-will");
                require(missing, step, !will.chamberIds().isEmpty(), "plan.missing.chambers");
                if (facts.ogpParticipant()) {
                    require(missing, step, will.ogpAnnex() != null, "plan.missing.ogp-annex-decision");
                }
            }
            case LEAD_BODY -> {
                LeadBody body = plan.leadBody();
                require(missing, step, Text.present(body.name()), "plan.missing.lead-body-name");
                require(missing, step, facts.leadBodyMembers() > 0, "plan.missing.lead-body-members");
                require(missing, step, body.authorizationMechanism() != null, "plan.missing.authorization-mechanism");
            }
            case POINT_OF_CONTACT -> {
                PointOfContact contact = plan.pointOfContact();
                require(missing, step, Text.present(contact.name()), "plan.missing.contact-point-name");
                require(missing, step, Text.present(contact.title()), "plan.missing.contact-point-title");
            }
            case CIVIL_SOCIETY_ENGAGEMENT -> {
                require(missing, step, Text.present(plan.civilSocietyEngagement().selectionCriteria()),
                        "plan.missing.cso-criteria");
                require(missing, step, facts.organizations() > 0, "plan.missing.organizations");
            }
            case CO_CREATION_DESIGN -> {
                CoCreationDesign design = plan.coCreationDesign();
                int meetings = zeroIfNull(design.inPersonMeetings()) + zeroIfNull(design.virtualMeetings());
                require(missing, step, meetings > 0, "plan.missing.meetings");
                require(missing, step, Text.present(design.developmentTimeline()), "plan.missing.timeline");
                require(missing, step, Text.present(design.rulesOfEngagement()), "plan.missing.rules");
                require(missing, step, Text.present(design.decisionMaking()), "plan.missing.decision-making");
                require(missing, step, Text.present(design.civilSocietyRole()), "plan.missing.civil-society-role");
                require(missing, step, Text.present(design.communicationsPlan()), "plan.missing.communications");
            }
            case DRAFTING -> {
                require(missing, step, facts.commitments().commitments() > 0, "plan.missing.commitments");
                missing.addAll(facts.commitments().annexAGaps());
            }
            case ADOPTION -> {
                Adoption adoption = plan.adoption();
                require(missing, step, adoption.mechanism() != null, "plan.missing.adoption-mechanism");
                require(missing, step, adoption.adoptedOn() != null, "plan.missing.adoption-date");
                require(missing, step, Text.present(adoption.reference()), "plan.missing.adoption-reference");
            }
            case IMPLEMENTATION -> require(missing, step, Text.present(plan.getImplementationStrategy()),
                    "plan.missing.implementation-strategy");
            case MONITORING -> require(missing, step, Text.present(plan.getMonitoringApproach()),
                    "plan.missing.monitoring-approach");
            case RENEWAL -> {
                // The last step: nothing comes after it in this plan; the next plan starts its own cycle.
            }
        }
        return missing;
    }

    private static void require(List<MissingRecord> missing, PlanPhase step, boolean present, String messageKey) {
        if (!present) {
            missing.add(MissingRecord.of(step, messageKey));
        }
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
