package org.hemicycle.version;

import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.parliament.ParliamentService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanAdopted;
import org.hemicycle.plan.PlanChanged;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanNotFound;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanPolicy;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.Text;
import org.hemicycle.version.internal.Comparisons;
import org.hemicycle.version.internal.PlanAmendmentEntity;
import org.hemicycle.version.internal.PlanAmendmentRepository;
import org.hemicycle.version.internal.PlanVersionEntity;
import org.hemicycle.version.internal.PlanVersionRepository;
import org.hemicycle.version.internal.Snapshots;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes, lists and compares a plan's versions, and keeps its adopted text frozen. Every version is numbered under the
 * plan's row lock, the one its commitments change under, so that a version holds exactly one state of the plan and
 * two saved at once get the next two numbers.
 */
@Service
@Transactional(readOnly = true)
public class VersionService {

    public static final int MAX_LABEL = 200;
    public static final int MAX_REASON = 4000;

    /** Reads done for the adoption's own version, which no person takes. */
    private static final Actor ADOPTION = Actor.platform("adoption");

    private final ParliamentService parliaments;
    private final PlanPages plans;
    private final PlanCycle cycle;
    private final CommitmentService commitments;
    private final PlanVersionRepository versions;
    private final PlanAmendmentRepository amendments;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    VersionService(ParliamentService parliaments, PlanPages plans, PlanCycle cycle, CommitmentService commitments,
                   PlanVersionRepository versions, PlanAmendmentRepository amendments, JsonMapper json,
                   ApplicationEventPublisher events) {
        this.parliaments = parliaments;
        this.plans = plans;
        this.cycle = cycle;
        this.commitments = commitments;
        this.versions = versions;
        this.amendments = amendments;
        this.json = json;
        this.events = events;
    }

    public VersionsPage list(Actor actor, String parliamentSlug, String planSlug) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        return page(actor, parliament, plan);
    }

    public VersionsPage workspace(Actor actor, Long planId) {
        ActionPlan plan = plans.editablePlan(actor, planId);
        return page(actor, parliaments.byId(plan.getParliamentId()), plan);
    }

    private VersionsPage page(Actor actor, Parliament parliament, ActionPlan plan) {
        List<PlanVersion> headings = List.copyOf(versions.headingsOf(plan.getId()));
        OpenAmendment open = amendments.findById(plan.getId()).map(PlanAmendmentEntity::view).orElse(null);
        return new VersionsPage(parliament, plan, headings, open, PlanPolicy.mayEdit(actor, plan.getParliamentId()));
    }

    public VersionPage version(Actor actor, String parliamentSlug, String planSlug, int number) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        PlanVersionEntity version = versions.findByPlanIdAndNumber(plan.getId(), number).orElseThrow(PlanNotFound::new);
        return new VersionPage(parliament, plan, version, read(version), number > 1 ? number - 1 : null);
    }

    /** The value of {@code to} that compares with the text as it stands now. */
    public static final String CURRENT = "current";

    /** Two versions compared: {@code to} is a version's number, or {@link #CURRENT}; anything else is not found. */
    public ComparisonPage compare(Actor actor, String parliamentSlug, String planSlug, String from, String to) {
        // Named as a version's own address names it: anything else is no version, as /versions/abc is none.
        if (!from.matches("\\d{1,9}") || !CURRENT.equals(to) && !to.matches("\\d{1,9}")) {
            throw new PlanNotFound();
        }
        return compare(actor, parliamentSlug, planSlug, Integer.parseInt(from), CURRENT.equals(to) ? null : Integer.valueOf(to));
    }

    /** Two versions compared, or one with the text as it stands now when {@code to} is null. */
    public ComparisonPage compare(Actor actor, String parliamentSlug, String planSlug, int from, @Nullable Integer to) {
        Parliament parliament = parliaments.bySlug(parliamentSlug);
        ActionPlan plan = plans.readablePlan(actor, parliament.getId(), planSlug);
        PlanVersionEntity earlier = versions.findByPlanIdAndNumber(plan.getId(), from).orElseThrow(PlanNotFound::new);
        PlanVersionEntity later = to == null ? null
                : versions.findByPlanIdAndNumber(plan.getId(), to).orElseThrow(PlanNotFound::new);
        VersionText after = later == null ? current(actor, plan) : read(later);
        return new ComparisonPage(parliament, plan, earlier, later, Comparisons.compare(read(earlier), after),
                List.copyOf(versions.headingsOf(plan.getId())));
    }


    /** An editor keeps the draft as it stands, as a draft or as the draft put to consultation. */
    @Transactional
    public PlanVersion take(Actor actor, Long planId, VersionKind kind, @Nullable String label) {
        ActionPlan plan = cycle.lockedForChange(actor, planId);
        if (!kind.isDraft()) {
            throw new PlanRuleViolation("kind", "version.error.kind");
        }
        if (plan.getPhase().isAdopted()) {
            throw new PlanRuleViolation(null, "version.error.draft-after-adoption");
        }
        if (label != null && label.strip().length() > MAX_LABEL) {
            throw new PlanRuleViolation("label", "version.error.label-too-long", MAX_LABEL);
        }
        VersionText text = current(actor, plan);
        String cleanLabel = Text.clean(label);
        // The same text kept again as the same kind under the same label (a second click, two editors) would be a
        // version that says nothing; a new label marks a moment of the same text, and is kept.
        versions.findFirstByPlanIdOrderByNumberDesc(planId)
                .filter(last -> last.getKind() == kind && java.util.Objects.equals(last.getLabel(), cleanLabel)
                        && !Comparisons.compare(read(last), text).changedAnything())
                .ifPresent(last -> {
                    throw new PlanRuleViolation(null, "version.error.already-kept", last.getNumber());
                });
        return save(plan, kind, cleanLabel, null, actor.displayName(), text);
    }

    /**
     * The adopted text, taken as the plan leaves the adoption step, in the same transaction and under the same lock:
     * no change can come between the adoption and its version.
     */
    @EventListener
    @Transactional
    void on(PlanAdopted adopted) {
        ActionPlan plan = plans.readablePlan(ADOPTION, adopted.planId());
        save(plan, VersionKind.ADOPTED, null, null, null, current(ADOPTION, plan));
    }

    @Transactional
    public void openAmendment(Actor actor, Long planId, String reason) {
        ActionPlan plan = cycle.lockedForChange(actor, planId);
        if (!plan.getPhase().isAdopted()) {
            throw new PlanRuleViolation(null, "version.error.amend-before-adoption");
        }
        if (!Text.present(reason)) {
            throw new PlanRuleViolation("reason", "version.error.reason-required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new PlanRuleViolation("reason", "version.error.reason-too-long", MAX_REASON);
        }
        if (amendments.existsById(planId)) {
            throw new PlanRuleViolation(null, "version.error.amendment-open");
        }
        if (!versions.existsByPlanIdAndKind(planId, VersionKind.ADOPTED)) {
            // Adopted before versions were kept: what stands now, untouched since, is the adopted text.
            save(plan, VersionKind.ADOPTED, null, null, null, current(actor, plan));
        }
        amendments.save(new PlanAmendmentEntity(planId, reason.strip(), actor.displayName()));
        changed(plan);
    }

    /** Keeps the amended text as a version with the amendment's reason, and closes the amendment. */
    @Transactional
    public PlanVersion recordAmendment(Actor actor, Long planId) {
        ActionPlan plan = cycle.lockedForChange(actor, planId);
        PlanAmendmentEntity open = amendments.findById(planId)
                .orElseThrow(() -> new PlanRuleViolation(null, "version.error.no-amendment"));
        VersionText text = current(actor, plan);
        if (!changedSinceLast(planId, text)) {
            throw new PlanRuleViolation(null, "version.error.nothing-amended");
        }
        PlanVersion version = save(plan, VersionKind.AMENDMENT, null, open.getReason(), actor.displayName(), text);
        amendments.delete(open);
        return version;
    }

    /** Closes an amendment that changed nothing; one that changed the text is recorded, never dropped. */
    @Transactional
    public void cancelAmendment(Actor actor, Long planId) {
        ActionPlan plan = cycle.lockedForChange(actor, planId);
        PlanAmendmentEntity open = amendments.findById(planId)
                .orElseThrow(() -> new PlanRuleViolation(null, "version.error.no-amendment"));
        if (changedSinceLast(planId, current(actor, plan))) {
            throw new PlanRuleViolation(null, "version.error.amendment-changed");
        }
        amendments.delete(open);
        changed(plan);
    }

    private boolean changedSinceLast(Long planId, VersionText text) {
        return versions.findFirstByPlanIdOrderByNumberDesc(planId)
                .map(last -> Comparisons.compare(read(last), text).changedAnything())
                .orElse(true);
    }

    private PlanVersion save(ActionPlan plan, VersionKind kind, @Nullable String label, @Nullable String reason,
                             @Nullable String takenBy, VersionText text) {
        int number = versions.lastNumber(plan.getId()) + 1;
        PlanVersionEntity version = versions.save(new PlanVersionEntity(plan.getId(), number, kind, label, reason, takenBy,
                json.writeValueAsString(text)));
        changed(plan);
        return version;
    }

    private VersionText current(Actor actor, ActionPlan plan) {
        return Snapshots.of(plan, commitments.wholeCommitmentsOf(actor, plan.getId()));
    }

    private VersionText read(PlanVersionEntity version) {
        return json.readValue(version.getContent(), VersionText.class);
    }

    private void changed(ActionPlan plan) {
        PlanAddress address = new PlanAddress(parliaments.byId(plan.getParliamentId()).getSlug(), plan.getSlug());
        events.publishEvent(new PlanChanged(plan.getId(), plan.getParliamentId(), address));
    }
}
