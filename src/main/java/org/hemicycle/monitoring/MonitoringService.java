package org.hemicycle.monitoring;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.account.Standing;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.CommitmentMonitoring;
import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.Indicator;
import org.hemicycle.commitment.ProgressStatus;
import org.hemicycle.monitoring.internal.CoImplementers;
import org.hemicycle.monitoring.internal.EvidenceFiles;
import org.hemicycle.monitoring.internal.EvidenceTypes;
import org.hemicycle.monitoring.internal.IndicatorReadingEntity;
import org.hemicycle.monitoring.internal.IndicatorReadingRepository;
import org.hemicycle.monitoring.internal.MonitoringOfCommitments;
import org.hemicycle.monitoring.internal.ProgressUpdateEntity;
import org.hemicycle.monitoring.internal.ProgressUpdateRepository;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanNotFound;
import org.hemicycle.plan.PlanRuleViolation;
import org.hemicycle.site.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Posts a commitment's progress updates and its indicators' readings, and names its co-implementers. An update is
 * never changed once posted: a correction is a new update. It is posted once the plan is adopted (implementation is
 * step 8), and what it says rolls up into the commitment's progress in the same transaction.
 *
 * <p>The rules an update keeps: done is 100 %, not started 0 %, in progress from 1 to 99 %; a commitment with
 * activities takes its progress from them, so an update on the whole of it only says how it goes, or withdraws it;
 * done needs evidence, a file or a link; its date is not in the future.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringService {

    public static final int MAX_NARRATIVE = 8000;
    public static final int MAX_LINK = 2000;
    public static final int MAX_SOURCE = 1000;
    public static final int MAX_FILE_NAME = 255;

    private final CommitmentService commitments;
    private final PlanCycle cycle;
    private final AccountService accounts;
    private final ProgressUpdateRepository updates;
    private final IndicatorReadingRepository readings;
    private final EvidenceFiles files;
    private final EvidenceTypes types;
    private final CoImplementers coImplementers;
    private final MonitoringOfCommitments monitoring;
    private final long maxEvidenceBytes;
    private final org.hemicycle.plan.PlanPages plans;
    private final org.hemicycle.parliament.ParliamentService parliaments;

    MonitoringService(CommitmentService commitments, PlanCycle cycle, AccountService accounts,
                      ProgressUpdateRepository updates, IndicatorReadingRepository readings, EvidenceFiles files,
                      EvidenceTypes types, CoImplementers coImplementers, MonitoringOfCommitments monitoring,
                      @Value("${hemicycle.monitoring.max-evidence-size:10MB}") DataSize maxEvidence,
                      org.hemicycle.plan.PlanPages plans, org.hemicycle.parliament.ParliamentService parliaments) {
        this.plans = plans;
        this.parliaments = parliaments;
        this.commitments = commitments;
        this.cycle = cycle;
        this.accounts = accounts;
        this.updates = updates;
        this.readings = readings;
        this.files = files;
        this.types = types;
        this.coImplementers = coImplementers;
        this.monitoring = monitoring;
        this.maxEvidenceBytes = maxEvidence.toBytes();
    }

    public long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    public ProgressWorkspace workspace(Actor actor, Long commitmentId) {
        CommitmentPage page = commitments.read(actor, commitmentId);
        roleOf(actor, page);
        Long parliamentId = page.plan().getParliamentId();
        boolean manages = MonitoringPolicy.TABLE.allows(actor, MonitoringPolicy.Action.MANAGE_CO_IMPLEMENTERS, parliamentId);
        Map<Long, String> named = new LinkedHashMap<>();
        List<Long> ids = coImplementers.of(commitmentId);
        Map<Long, String> names = accounts.publicNames(ids);
        ids.forEach(id -> named.put(id, names.getOrDefault(id, "—")));
        Map<Long, String> candidates = new LinkedHashMap<>();
        if (manages) {
            accounts.holdersOf(parliamentId, ParliamentRole.CIVIL_SOCIETY).forEach((id, name) -> {
                if (!named.containsKey(id)) {
                    candidates.put(id, name);
                }
            });
        }
        return new ProgressWorkspace(page, named, candidates, manages);
    }

    /** An activity's weight in its commitment's progress: the plan team's call, as naming co-implementers is. */
    @Transactional
    public void weigh(Actor actor, Long commitmentId, Long activityId, int weight) {
        CommitmentPage page = commitments.read(actor, commitmentId);
        MonitoringPolicy.TABLE.check(actor, MonitoringPolicy.Action.MANAGE_CO_IMPLEMENTERS, page.plan().getParliamentId());
        commitments.weighActivity(actor, commitmentId, activityId, weight);
    }

    /** The plan's activities overdue or ending within {@code noticeDays}, for the team that reports on it. */
    public DuePage due(Actor actor, Long planId, int noticeDays) {
        ActionPlan plan = plans.readablePlan(actor, planId);
        MonitoringPolicy.TABLE.check(actor, MonitoringPolicy.Action.MANAGE_CO_IMPLEMENTERS, plan.getParliamentId());
        LocalDate today = LocalDate.now();
        return new DuePage(parliaments.byId(plan.getParliamentId()), plan, commitments.due(today.plusDays(noticeDays), planId),
                today, noticeDays);
    }

    /** Answers the update's id. */
    @Transactional
    public Long post(Actor actor, Long commitmentId, NewUpdate update, @Nullable EvidenceUpload file) {
        CommitmentPage page = lockedAndRead(actor, commitmentId);
        String role = roleOf(actor, page);
        ActionPlan plan = page.plan();
        if (!plan.getPhase().isAdopted()) {
            throw new PlanRuleViolation(null, "progress.error.not-adopted");
        }
        if (!Text.present(update.narrative())) {
            throw new PlanRuleViolation("narrative", "progress.error.narrative");
        }
        if (update.postedOn().isAfter(LocalDate.now())) {
            throw new PlanRuleViolation("postedOn", "progress.error.future");
        }
        @Nullable Activity activity = update.activityId() == null ? null : page.activities().stream()
                .filter(candidate -> candidate.getId().equals(update.activityId())).findFirst()
                .orElseThrow(() -> new PlanRuleViolation("activityId", "progress.error.activity"));
        int percent = percentOf(update, activity, !page.activities().isEmpty());
        @Nullable String link = link(update.evidenceLink());
        @Nullable String type = file == null ? null : typeOf(file);
        if (update.status() == ProgressStatus.COMPLETED && link == null && file == null) {
            throw new PlanRuleViolation("evidenceFile", "progress.error.evidence-needed");
        }
        int progress = commitments.reportProgress(Actor.platform(actor.displayName()), commitmentId,
                activity == null ? null : activity.getId(), update.status(), percent);
        ProgressUpdateEntity saved = updates.save(new ProgressUpdateEntity(plan.getId(), commitmentId,
                activity == null ? null : activity.getId(), activity == null ? null : activity.getDescription(),
                update.status(), activity == null && !page.activities().isEmpty() ? progress : percent,
                update.narrative().strip(), link, update.postedOn(), Instant.now(),
                actor instanceof HemicycleUser person ? person.id() : null, actor.displayName(), role));
        if (file != null && type != null) {
            files.store(saved.getId(), fileName(file.fileName()), type, file.content());
        }
        return saved.getId();
    }

    @Transactional
    public void record(Actor actor, Long commitmentId, NewReading reading) {
        CommitmentPage page = lockedAndRead(actor, commitmentId);
        roleOf(actor, page);
        ActionPlan plan = page.plan();
        if (!plan.getPhase().isAdopted()) {
            throw new PlanRuleViolation(null, "progress.error.not-adopted");
        }
        Indicator indicator = page.indicators().stream().filter(candidate -> candidate.getId().equals(reading.indicatorId()))
                .findFirst().orElseThrow(() -> new PlanRuleViolation("indicatorId", "reading.error.indicator"));
        if (reading.readOn().isAfter(LocalDate.now())) {
            throw new PlanRuleViolation("readOn", "progress.error.future");
        }
        BigDecimal value = reading.value().stripTrailingZeros();
        if (value.scale() > 4 || value.precision() - value.scale() > 15) {
            throw new PlanRuleViolation("value", "reading.error.value");
        }
        readings.save(new IndicatorReadingEntity(plan.getId(), commitmentId, indicator.getId(), reading.readOn(), value,
                Text.clean(reading.source()), Instant.now(), actor.displayName()));
        commitments.reportChanged(commitmentId);
    }

    @Transactional
    public void addCoImplementer(Actor actor, Long commitmentId, Long accountId) {
        ActionPlan plan = teamPlan(actor, commitmentId);
        if (!accounts.holdersOf(plan.getParliamentId(), ParliamentRole.CIVIL_SOCIETY).containsKey(accountId)) {
            throw new PlanRuleViolation("accountId", "progress.error.not-civil-society");
        }
        coImplementers.add(commitmentId, accountId);
    }

    @Transactional
    public void removeCoImplementer(Actor actor, Long commitmentId, Long accountId) {
        teamPlan(actor, commitmentId);
        coImplementers.remove(commitmentId, accountId);
    }

    /** A commitment's updates, all of them, newest first, for whoever may read its plan. */
    public List<CommitmentMonitoring.Update> updatesOf(Actor actor, String parliamentSlug, String planSlug, int number) {
        CommitmentPage page = commitments.page(actor, parliamentSlug, planSlug, number);
        return monitoring.allOf(page.commitment().getId());
    }

    public Evidence evidence(Actor actor, String parliamentSlug, String planSlug, int number, Long updateId) {
        CommitmentPage page = commitments.page(actor, parliamentSlug, planSlug, number);
        EvidenceFiles.Stored stored = files.read(updateId, page.commitment().getId()).orElseThrow(PlanNotFound::new);
        return new Evidence(stored.fileName(), stored.contentType(), stored.content(), page.plan().isPublished());
    }

    private ActionPlan teamPlan(Actor actor, Long commitmentId) {
        CommitmentPage page = lockedAndRead(actor, commitmentId);
        MonitoringPolicy.TABLE.check(actor, MonitoringPolicy.Action.MANAGE_CO_IMPLEMENTERS, page.plan().getParliamentId());
        return page.plan();
    }

    /**
     * The plan's row locked first, then the commitment read: updates, readings and namings on one plan happen one
     * after the other, each on the commitment as the one before left it (read before the lock, it could be stale).
     */
    private CommitmentPage lockedAndRead(Actor actor, Long commitmentId) {
        cycle.lockedForChange(Actor.platform(actor.displayName()), commitments.planIdOf(commitmentId));
        return commitments.read(actor, commitmentId);
    }

    /** How the author is named beside the update: the plan team, or a co-implementer of this commitment. */
    private String roleOf(Actor actor, CommitmentPage page) {
        Long parliamentId = page.plan().getParliamentId();
        MonitoringPolicy.TABLE.check(actor, MonitoringPolicy.Action.POST_UPDATE, parliamentId);
        Set<Standing> standings = actor.standingsIn(parliamentId);
        if (standings.contains(Standing.PLATFORM)) {
            return "PLATFORM";
        }
        if (standings.contains(Standing.POINT_OF_CONTACT)) {
            return "POINT_OF_CONTACT";
        }
        if (actor instanceof HemicycleUser person && coImplementers.isOne(page.commitment().getId(), person.id())) {
            return "CIVIL_SOCIETY";
        }
        throw new AccessDeniedException("Only the plan's team and this commitment's co-implementers post its updates");
    }

    private static int percentOf(NewUpdate update, @Nullable Activity activity, boolean hasActivities) {
        @Nullable Integer given = update.percent();
        if (given != null && (given < 0 || given > 100)) {
            throw new PlanRuleViolation("percent", "progress.error.percent");
        }
        if (activity == null && hasActivities) {
            if (update.status() != ProgressStatus.IN_PROGRESS && update.status() != ProgressStatus.WITHDRAWN || given != null) {
                throw new PlanRuleViolation("activityId", "progress.error.from-activities");
            }
            return 0;
        }
        return switch (update.status()) {
            case NOT_STARTED -> expect(given, 0, "progress.error.not-started-percent");
            case COMPLETED -> expect(given, 100, "progress.error.completed-percent");
            case IN_PROGRESS -> {
                if (given == null || given < 1 || given > 99) {
                    throw new PlanRuleViolation("percent", "progress.error.in-progress-percent");
                }
                yield given;
            }
            case WITHDRAWN -> {
                if (activity != null) {
                    throw new PlanRuleViolation("status", "progress.error.withdraw-activity");
                }
                yield given == null ? 0 : given;
            }
        };
    }

    private static int expect(@Nullable Integer given, int required, String messageKey) {
        if (given != null && given != required) {
            throw new PlanRuleViolation("percent", messageKey);
        }
        return required;
    }

    private static @Nullable String link(@Nullable String given) {
        @Nullable String link = Text.clean(given);
        if (link == null) {
            return null;
        }
        try {
            URI uri = URI.create(link);
            if (link.length() <= MAX_LINK && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return link;
            }
        } catch (IllegalArgumentException notAnAddress) {
            // Refused below, as any address that is not a web page's.
        }
        throw new PlanRuleViolation("evidenceLink", "progress.error.link");
    }

    private String typeOf(EvidenceUpload file) {
        if (file.content().length > maxEvidenceBytes) {
            throw new PlanRuleViolation("evidenceFile", "progress.error.file-too-large", maxEvidenceBytes / 1_000_000);
        }
        return types.accepted(file.content(), file.fileName())
                .orElseThrow(() -> new PlanRuleViolation("evidenceFile", "progress.error.file-type"));
    }

    /** The name as the browser gave it, without any folder, cut to what the table keeps. */
    private static String fileName(String given) {
        String name = given.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(name.length() - MAX_FILE_NAME);
    }
}
