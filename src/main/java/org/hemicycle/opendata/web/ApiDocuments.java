package org.hemicycle.opendata.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.hemicycle.commitment.Assessment;
import org.hemicycle.commitment.AssessmentSource;
import org.hemicycle.commitment.CommitmentInputs;
import org.hemicycle.commitment.Irm;
import org.hemicycle.commitment.CommitmentPart;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.*;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.CommitmentHeadline;
import org.hemicycle.plan.OgpValue;

/**
 * The JSON documents of the public API. Field names follow the domain's own words (Annex A, the ten
 * steps), and each document links to its page with the same stable address the site uses.
 */
final class ApiDocuments {

    private ApiDocuments() {
    }

    record ParliamentDocument(String slug, String name, String country, String countryCode, String structure,
                              Integer ogpMemberSince, String website, String contentLanguage, String description,
                              List<ChamberDocument> chambers, List<PlanSummaryDocument> plans, String url) {
    }

    record ChamberDocument(String slug, String name, Integer seats) {
    }

    record PlanSummaryDocument(String slug, String title, LocalDate periodStart, LocalDate periodEnd, String phase,
                               int step, String url) {
    }

    record PlanDocument(String parliament, String slug, String title, String contentLanguage, String summary,
                        LocalDate periodStart, LocalDate periodEnd, String phase, int step, Instant publishedAt,
                        PoliticalWillDocument politicalWill, LeadBodyDocument leadBody, PointOfContact pointOfContact,
                        CivilSocietyDocument civilSocietyEngagement, CoCreationDocument coCreationDesign,
                        Adoption adoption, String implementationStrategy, String monitoringApproach,
                        String lessonsLearned, List<TransitionDocument> history,
                        List<CommitmentSummaryDocument> commitments, @Nullable String previousPlan,
                        @Nullable String nextPlan, String url) {
    }

    record PoliticalWillDocument(String politicalWill, List<String> chambers, Boolean ogpAnnex, String ogpAnnexNotes) {
    }

    record LeadBodyDocument(String name, String mandate, AuthorizationMechanism authorizationMechanism,
                            String authorizationDetails, String resources, String priorities,
                            List<MemberDocument> members) {
    }

    record MemberDocument(String name, String party, String role) {
    }

    record CivilSocietyDocument(String selectionCriteria, String selectionProcess, String forumName,
                                String forumRules, List<OrganizationDocument> organizations) {
    }

    record OrganizationDocument(String name, OrganizationSector sector, String website, boolean forumMember) {
    }

    record CoCreationDocument(Integer inPersonMeetings, Integer virtualMeetings, String onlineConsultations,
                              String developmentTimeline, String rulesOfEngagement, String decisionMaking,
                              String civilSocietyRole, String communicationsPlan, List<MeetingDocument> meetings) {
    }

    record MeetingDocument(String title, LocalDate heldOn, MeetingFormat format, String summary) {
    }

    record TransitionDocument(PlanPhase from, PlanPhase to, java.time.LocalDate reachedOn, Instant at) {
    }

    record CommitmentSummaryDocument(int number, String title, Pillar pillar, LocalDate startDate, LocalDate endDate,
                                     Set<OgpValue> ogpValues, Completion completion, long activities,
                                     long activitiesCompleted, boolean carriedOver, String url) {
    }

    record CommitmentDocument(int number, String title, Pillar pillar, LocalDate startDate, LocalDate endDate,
                              String responsibleInstitution, String governmentPartners, String otherPartners,
                              String issue, String commitment, String justification, Set<OgpValue> ogpValues,
                              String ogpRelevance, List<ActivityDocument> activities,
                              List<IndicatorDocument> indicators, String budget, ContactDocument contactPerson,
                              Completion completion, String plan, String url, ShapedByDocument shapedBy,
                              @Nullable DraftCommentsDocument draftComments, List<AssessmentDocument> assessments,
                              boolean independentAssessmentFinal) {
    }

    /**
     * One of the commitment's public assessments in the IRM's vocabulary; starred is computed by the IRM's rule. The
     * independent one is final once its review is published.
     */
    record AssessmentDocument(AssessmentSource source, Irm.@Nullable Specificity specificity, @Nullable Boolean verifiable,
                              List<Irm.Value> relevance, Irm.@Nullable PotentialImpact potentialImpact,
                              Irm.@Nullable PotentialForResults potentialForResults, @Nullable Completion completion,
                              Irm.@Nullable OpenedGovernment openedGovernment, Irm.@Nullable EarlyResults earlyResults,
                              boolean starred, String justification, String author, Instant assessedAt) {

        static AssessmentDocument of(Assessment a, LocalDate planStart) {
            return new AssessmentDocument(a.source(), a.specificity(), a.verifiable(), a.relevance().stream().sorted().toList(),
                    a.potentialImpact(), a.potentialForResults(), a.completion(), a.openedGovernment(), a.earlyResults(),
                    a.starred(planStart), a.justification(), a.authorName(), a.assessedAt());
        }
    }

    /** Activities and indicators by id: the id that answers, comments on the draft and progress updates name them by. */
    record ActivityDocument(Long id, String description, String deliverable, LocalDate startDate, LocalDate endDate,
                            boolean completed) {
    }

    record IndicatorDocument(Long id, String name, String baseline, String target, String unit) {
    }

    /** The ideas and comments accepted into the commitment, the most supported first (a comment has no supports). */
    record ShapedByDocument(long total, List<ShapingInputDocument> shown) {
    }

    record ShapingInputDocument(Long id, String title, boolean comment, @Nullable Integer supports, String url) {
    }

    /** The comments on each part of the commitment in the plan's latest consultation on it; url is that part's JSON. */
    record DraftCommentsDocument(Long consultation, boolean open, List<PartCommentsDocument> parts) {
    }

    record PartCommentsDocument(CommitmentPart part, @Nullable Long itemId, long comments, String url) {
    }

    record ContactDocument(String name, String title, String department, String organization, String email) {
    }

    static ParliamentDocument parliament(Parliament parliament, List<Chamber> chambers, List<ActionPlan> plans) {
        return new ParliamentDocument(parliament.getSlug(), parliament.getName(), parliament.getCountry(),
                parliament.getCountryCode(), parliament.getStructure().name(), parliament.getOgpMemberSince(),
                parliament.getWebsite(), parliament.getContentLanguage(), parliament.getDescription(),
                chambers.stream().map(c -> new ChamberDocument(c.getSlug(), c.getName(), c.getSeats())).toList(),
                plans.stream().map(plan -> new PlanSummaryDocument(plan.getSlug(), plan.getTitle(), plan.getPeriodStart(),
                        plan.getPeriodEnd(), plan.getPhase().name(), plan.getPhase().step(),
                        planUrl(parliament.getSlug(), plan.getSlug()))).toList(),
                "/parliaments/" + parliament.getSlug());
    }

    static PlanDocument plan(PlanPage page) {
        ActionPlan plan = page.plan();
        String parliament = page.parliament().getSlug();
        String url = planUrl(parliament, plan.getSlug());
        PoliticalWill will = plan.politicalWillStep();
        LeadBody body = plan.leadBody();
        CivilSocietyEngagement engagement = plan.civilSocietyEngagement();
        CoCreationDesign design = plan.coCreationDesign();
        return new PlanDocument(parliament, plan.getSlug(), plan.getTitle(), plan.getContentLanguage(), plan.getSummary(),
                plan.getPeriodStart(), plan.getPeriodEnd(), plan.getPhase().name(), plan.getPhase().step(),
                plan.getPublishedAt(),
                new PoliticalWillDocument(will.politicalWill(),
                        page.participatingChambers().stream().map(Chamber::getSlug).toList(), will.ogpAnnex(),
                        will.ogpAnnexNotes()),
                new LeadBodyDocument(body.name(), body.mandate(), body.authorizationMechanism(), body.authorizationDetails(),
                        body.resources(), body.priorities(), page.leadBodyMembers().stream()
                        .map(m -> new MemberDocument(m.getName(), m.getParty(), m.getRole())).toList()),
                plan.pointOfContact(),
                new CivilSocietyDocument(engagement.selectionCriteria(), engagement.selectionProcess(),
                        engagement.forumName(), engagement.forumRules(), page.organizations().stream()
                        .map(o -> new OrganizationDocument(o.getName(), o.getSector(), o.getWebsite(), o.isForumMember()))
                        .toList()),
                new CoCreationDocument(design.inPersonMeetings(), design.virtualMeetings(), design.onlineConsultations(),
                        design.developmentTimeline(), design.rulesOfEngagement(), design.decisionMaking(),
                        design.civilSocietyRole(), design.communicationsPlan(), page.meetings().stream()
                        .map(m -> new MeetingDocument(m.getTitle(), m.getHeldOn(), m.getFormat(), m.getSummary())).toList()),
                plan.adoption(), plan.getImplementationStrategy(), plan.getMonitoringApproach(), plan.getLessonsLearned(),
                page.transitions().stream().map(t -> new TransitionDocument(t.getFromPhase(), t.getToPhase(), t.getReachedOn(), t.getMovedAt()))
                        .toList(),
                page.commitments().stream().map(summary -> {
                    CommitmentHeadline c = summary.commitment();
                    return new CommitmentSummaryDocument(c.getNumber(), c.getTitle(), c.getPillar(), c.getStartDate(),
                            c.getEndDate(), ogpValuesInOrder(c.getOgpValues()), c.getCompletion(), summary.activities(),
                            summary.activitiesCompleted(), c.getCarriedFromId() != null, url + "/commitments/" + c.getNumber());
                }).toList(),
                page.previous() == null ? null : planUrl(parliament, page.previous().getSlug()),
                page.next() == null ? null : planUrl(parliament, page.next().getSlug()),
                url);
    }

    static CommitmentDocument commitment(CommitmentPage page) {
        Commitment c = page.commitment();
        String planUrl = planUrl(page.parliament().getSlug(), page.plan().getSlug());
        return new CommitmentDocument(c.getNumber(), c.getTitle(), c.getPillar(), c.getStartDate(), c.getEndDate(),
                c.getResponsibleInstitution(), c.getGovernmentPartners(), c.getOtherPartners(), c.getIssue(),
                c.getDescription(), c.getJustification(), ogpValuesInOrder(c.getOgpValues()), c.getOgpRelevance(),
                page.activities().stream().map(a -> new ActivityDocument(a.getId(), a.getDescription(), a.getDeliverable(),
                        a.getStartDate(), a.getEndDate(), a.isCompleted())).toList(),
                page.indicators().stream().map(i -> new IndicatorDocument(i.getId(), i.getName(), i.getBaseline(), i.getTarget(),
                        i.getUnit())).toList(),
                c.getBudget(),
                new ContactDocument(c.getContactName(), c.getContactTitle(), c.getContactDepartment(),
                        c.getContactOrganization(), c.getContactEmail()),
                c.getCompletion(), planUrl, planUrl + "/commitments/" + c.getNumber(), shapedBy(page, planUrl),
                draftComments(page, planUrl),
                java.util.Arrays.stream(AssessmentSource.values()).map(page.assessments()::of).filter(java.util.Objects::nonNull)
                        .map(a -> AssessmentDocument.of(a, page.plan().getPeriodStart())).toList(),
                page.assessments().independentFinal());
    }

    private static ShapedByDocument shapedBy(CommitmentPage page, String planUrl) {
        return new ShapedByDocument(page.inputs().total(), page.inputs().shown().stream()
                .map(input -> new ShapingInputDocument(input.ideaId(), input.title(), input.comment(),
                        input.comment() ? null : input.supports(),
                        planUrl + "/consultations/" + input.consultationId() + "/ideas/" + input.ideaId()))
                .toList());
    }

    private static @Nullable DraftCommentsDocument draftComments(CommitmentPage page, String planUrl) {
        CommitmentInputs.DraftComments comments = page.draftComments();
        if (comments.consultationId() == null) {
            return null;
        }
        String base = "/api/v1" + planUrl + "/consultations/" + comments.consultationId() + "/commitments/" + page.commitment().getNumber() + "/";
        List<PartCommentsDocument> parts = new java.util.ArrayList<>();
        for (CommitmentPart part : List.of(CommitmentPart.ISSUE, CommitmentPart.DESCRIPTION, CommitmentPart.JUSTIFICATION)) {
            parts.add(new PartCommentsDocument(part, null, comments.count(part, null), base + part.path()));
        }
        page.activities().forEach(a -> parts.add(new PartCommentsDocument(CommitmentPart.ACTIVITY, a.getId(),
                comments.count(CommitmentPart.ACTIVITY, a.getId()), base + CommitmentPart.ACTIVITY.path() + "/" + a.getId())));
        page.indicators().forEach(i -> parts.add(new PartCommentsDocument(CommitmentPart.INDICATOR, i.getId(),
                comments.count(CommitmentPart.INDICATOR, i.getId()), base + CommitmentPart.INDICATOR.path() + "/" + i.getId())));
        return new DraftCommentsDocument(comments.consultationId(), comments.open(), parts);
    }

    private static String planUrl(String parliament, String plan) {
        return "/parliaments/" + parliament + "/plans/" + plan;
    }

    /** In Annex A's order, the same in every response: a set copied as it comes changes order between runs. */
    private static Set<OgpValue> ogpValuesInOrder(Set<OgpValue> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
