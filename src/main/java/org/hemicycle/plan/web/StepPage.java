package org.hemicycle.plan.web;

import java.util.Arrays;
import java.util.function.Function;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Narrative;
import org.hemicycle.plan.PlanNotFound;
import org.hemicycle.plan.PlanPhase;
import org.jspecify.annotations.Nullable;

/** The step forms of the workspace: their URL slug, the phase they record, their template and current record. */
public enum StepPage {
    POLITICAL_WILL("political-will", PlanPhase.POLITICAL_WILL, "plan/manage/step-political-will", ActionPlan::politicalWillStep),
    LEAD_BODY("lead-body", PlanPhase.LEAD_BODY, "plan/manage/step-lead-body", ActionPlan::leadBody),
    POINT_OF_CONTACT("point-of-contact", PlanPhase.POINT_OF_CONTACT, "plan/manage/step-point-of-contact", ActionPlan::pointOfContact),
    CIVIL_SOCIETY("civil-society", PlanPhase.CIVIL_SOCIETY_ENGAGEMENT, "plan/manage/step-civil-society", ActionPlan::civilSocietyEngagement),
    CO_CREATION("co-creation", PlanPhase.CO_CREATION_DESIGN, "plan/manage/step-co-creation", ActionPlan::coCreationDesign),
    ADOPTION("adoption", PlanPhase.ADOPTION, "plan/manage/step-adoption", ActionPlan::adoption),
    IMPLEMENTATION("implementation", PlanPhase.IMPLEMENTATION, "plan/manage/step-narrative",
            plan -> new Narrative(plan.getImplementationStrategy())),
    MONITORING("monitoring", PlanPhase.MONITORING, "plan/manage/step-narrative",
            plan -> new Narrative(plan.getMonitoringApproach())),
    RENEWAL("renewal", PlanPhase.RENEWAL, "plan/manage/step-narrative", plan -> new Narrative(plan.getLessonsLearned()));

    private final String slug;
    private final PlanPhase phase;
    private final String template;
    private final Function<ActionPlan, Record> currentRecord;

    StepPage(String slug, PlanPhase phase, String template, Function<ActionPlan, Record> currentRecord) {
        this.slug = slug;
        this.phase = phase;
        this.template = template;
        this.currentRecord = currentRecord;
    }

    public static StepPage bySlug(String slug) {
        return Arrays.stream(values()).filter(page -> page.slug.equals(slug)).findFirst().orElseThrow(PlanNotFound::new);
    }

    public static @Nullable StepPage forPhase(PlanPhase phase) {
        return Arrays.stream(values()).filter(page -> page.phase == phase).findFirst().orElse(null);
    }

    public String slug() { return slug; }
    public PlanPhase phase() { return phase; }
    public String template() { return template; }

    Record currentRecord(ActionPlan plan) {
        return currentRecord.apply(plan);
    }
}
