package org.hemicycle.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.hemicycle.account.Actor;
import org.hemicycle.cocreation.ForumPage;
import org.hemicycle.cocreation.ForumService;
import org.hemicycle.cocreation.ForumSide;
import org.hemicycle.cocreation.Meeting;
import org.hemicycle.cocreation.MeetingPurpose;
import org.hemicycle.cocreation.MeetingService;
import org.hemicycle.cocreation.MeetingsPage;
import org.hemicycle.consultation.ConsultationFacts;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.plan.PhaseTransition;
import org.hemicycle.plan.PlanPage;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanPhase;
import org.hemicycle.site.Text;
import org.hemicycle.scorecard.ScorecardRules.ConsultationFact;
import org.hemicycle.scorecard.ScorecardRules.Facts;
import org.hemicycle.scorecard.ScorecardRules.MeetingFact;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a plan's forum, meetings and consultations through their modules' published APIs, and scores them. */
@Service
@Transactional(readOnly = true)
public class ScorecardService {

    private final PlanPages plans;
    private final ForumService forums;
    private final MeetingService meetings;
    private final ConsultationService consultations;

    ScorecardService(PlanPages plans, ForumService forums, MeetingService meetings, ConsultationService consultations) {
        this.plans = plans;
        this.forums = forums;
        this.meetings = meetings;
        this.consultations = consultations;
    }

    public Scorecard of(Actor actor, String parliamentSlug, String planSlug) {
        PlanPage plan = plans.page(actor, parliamentSlug, planSlug);
        ForumPage forum = forums.page(actor, parliamentSlug, planSlug);
        MeetingsPage held = meetings.list(actor, parliamentSlug, planSlug);
        List<ConsultationFacts> consulted = consultations.factsOf(actor, plan.plan().getId());
        List<Meeting> all = Stream.concat(held.upcoming().stream(), held.held().stream()).toList();
        Instant now = Instant.now();
        // A plan recorded past step 4 without its date (imported, say) counts from its creation, not from today.
        LocalDate forumStep = reachedOn(plan, PlanPhase.CIVIL_SOCIETY_ENGAGEMENT);
        if (forumStep == null && PlanPhase.CIVIL_SOCIETY_ENGAGEMENT.isReachedBy(plan.plan().getPhase())) {
            forumStep = plan.plan().getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate();
        }
        Facts facts = new Facts(plan.plan().getPhase(), forumStep,
                reachedOn(plan, PlanPhase.IMPLEMENTATION), forum.on(ForumSide.PARLIAMENT).size(),
                forum.on(ForumSide.CIVIL_SOCIETY).size(), Text.present(forum.text().appointmentProcess()),
                Text.present(forum.text().rules()),
                all.stream().map(meeting -> new MeetingFact(meeting.getId(), meeting.getTitle(), meeting.getStartsAt(),
                        meeting.getEndsAt(), meeting.getPurpose() == MeetingPurpose.FOLLOW_UP, meeting.hasRecord())).toList(),
                consulted.stream().map(c -> new ConsultationFact(c.consultation().getId(), c.consultation().getTitle(),
                        c.consultation().getOpensAt(), c.consultation().getClosesAt(), c.consultation().getTimelinePublishedAt(),
                        c.coverage().inputs(), c.coverage().answered())).toList(),
                now, zoneOf(all, consulted));
        return new Scorecard(plan.parliament(), plan.plan(), ScorecardRules.assess(facts), now);
    }

    private static @Nullable LocalDate reachedOn(PlanPage plan, PlanPhase phase) {
        PhaseTransition transition = plan.transitionInto(phase);
        return transition == null ? null : transition.getReachedOn();
    }

    /** The calendar days are counted in: where the plan's meetings and consultations take place. */
    private static ZoneId zoneOf(List<Meeting> meetings, List<ConsultationFacts> consultations) {
        return meetings.stream().map(meeting -> ZoneId.of(meeting.getTimeZone())).findFirst()
                .or(() -> consultations.stream().map(c -> ZoneId.of(c.consultation().getTimeZone())).findFirst())
                .orElse(ZoneOffset.UTC);
    }
}
