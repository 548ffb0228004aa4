package org.hemicycle.scorecard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.Actor;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingDocument;
import org.hemicycle.cocreation.MeetingService;
import org.hemicycle.cocreation.MeetingsPage;
import org.hemicycle.consultation.ConsultationFacts;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PhaseTransition;
import org.hemicycle.plan.PlanAddress;
import org.hemicycle.plan.PlanPage;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.scorecard.RepositoryEntry.Kind;
import org.hemicycle.version.PlanVersion;
import org.hemicycle.version.VersionKind;
import org.hemicycle.version.VersionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's public repository, gathered from the records of the modules that hold them: the plan and the steps it
 * reached, the minutes and documents of its meetings, its consultations and their answers. Nothing is filed twice:
 * each record is listed where it already lives.
 */
@Service
@Transactional(readOnly = true)
public class RepositoryService {

    private final PlanPages plans;
    private final MeetingService meetings;
    private final ConsultationService consultations;
    private final VersionService versions;

    RepositoryService(PlanPages plans, MeetingService meetings, ConsultationService consultations, VersionService versions) {
        this.plans = plans;
        this.meetings = meetings;
        this.consultations = consultations;
        this.versions = versions;
    }

    public PlanRepository of(Actor actor, String parliamentSlug, String planSlug) {
        PlanPage page = plans.page(actor, parliamentSlug, planSlug);
        ActionPlan plan = page.plan();
        String base = new PlanAddress(page.parliament().getSlug(), plan.getSlug()).path();
        List<RepositoryEntry> entries = new ArrayList<>();
        if (plan.getPublishedAt() != null) {
            entries.add(new RepositoryEntry(Kind.PLAN, plan.getTitle(), plan.getPublishedAt(), ZoneOffset.UTC, base, false));
        }
        for (PhaseTransition transition : page.transitions()) {
            if (transition.getFromPhase() != null) {
                entries.add(new RepositoryEntry(Kind.STEP, transition.getToPhase().name(),
                        transition.getReachedOn().atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC, base + "#cycle", false));
            }
        }
        MeetingsPage held = meetings.list(actor, parliamentSlug, planSlug);
        Map<Long, ZoneId> zones = new HashMap<>();
        held.upcoming().forEach(meeting -> zones.put(meeting.getId(), ZoneId.of(meeting.getTimeZone())));
        for (Meeting meeting : held.held()) {
            zones.put(meeting.getId(), ZoneId.of(meeting.getTimeZone()));
            if (meeting.hasRecord()) {
                entries.add(new RepositoryEntry(Kind.MEETING_RECORD, meeting.getTitle(), meeting.getStartsAt(),
                        ZoneId.of(meeting.getTimeZone()), base + "/meetings/" + meeting.getId(), false));
            }
        }
        for (MeetingDocument document : meetings.documentsOf(actor, parliamentSlug, planSlug)) {
            entries.add(new RepositoryEntry(Kind.MEETING_DOCUMENT, document.getTitle(), document.getAddedAt(),
                    zones.getOrDefault(document.getMeetingId(), ZoneOffset.UTC), document.getUrl(), true));
        }
        Instant now = Instant.now();
        for (ConsultationFacts facts : consultations.factsOf(actor, plan.getId())) {
            var consultation = facts.consultation();
            String address = base + "/consultations/" + consultation.getId();
            ZoneId zone = ZoneId.of(consultation.getTimeZone());
            entries.add(new RepositoryEntry(Kind.CONSULTATION, consultation.getTitle(), consultation.getCreatedAt(), zone, address, false));
            // Once it has closed, its inputs with their answers are the consultation's report.
            if (facts.coverage().answered() > 0 && !consultation.getClosesAt().isAfter(now)) {
                entries.add(new RepositoryEntry(Kind.CONSULTATION_ANSWERS, consultation.getTitle(), consultation.getClosesAt(),
                        zone, address + "#ideas", false));
            }
        }
        for (PlanVersion version : versions.list(actor, parliamentSlug, planSlug).versions()) {
            String title = version.getLabel() != null ? version.getLabel()
                    : version.getReason() != null ? shortened(version.getReason()) : plan.getTitle();
            entries.add(new RepositoryEntry(kindOf(version.getKind()), title, version.getTakenAt(), ZoneOffset.UTC,
                    base + "/versions/" + version.getNumber(), false));
        }
        entries.sort(Comparator.comparing(RepositoryEntry::date).reversed());
        return new PlanRepository(page.parliament(), plan, List.copyOf(entries));
    }

    /** An amendment's reason names it in the list; its whole text is on the version's page. */
    private static String shortened(String reason) {
        String flat = reason.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 120) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 119);
        return flat.substring(0, cut > 60 ? cut : 119) + "…";
    }

    private static Kind kindOf(VersionKind kind) {
        return switch (kind) {
            case DRAFT -> Kind.DRAFT;
            case DRAFT_FOR_CONSULTATION -> Kind.DRAFT_FOR_CONSULTATION;
            case ADOPTED -> Kind.ADOPTED_TEXT;
            case AMENDMENT -> Kind.AMENDMENT;
        };
    }
}
