package org.hemicycle.scorecard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hemicycle.plan.PlanPhase;
import org.hemicycle.scorecard.Evidence.Source;
import org.jspecify.annotations.Nullable;

/**
 * The standards' requirements as rules over plain facts, so that each verdict can be tested on its own edge cases.
 * Durations are counted in days of the plan's parliament's calendar ({@link Facts#zone()}).
 */
public final class ScorecardRules {

    /** "At least every six months": a gap longer than this between meetings breaks it. */
    static final int SIX_MONTHS_DAYS = 183;
    /** The time a meeting's minutes may take to be published before the repository is behind. */
    static final int MINUTES_GRACE_DAYS = 30;
    /** The time after a consultation closes within which every input is to have its answer. */
    static final int ANSWER_GRACE_DAYS = 30;
    static final int TIMELINE_NOTICE_DAYS = 14;
    static final int MEETINGS_A_YEAR = 2;

    private ScorecardRules() {
    }

    public record MeetingFact(Long id, String title, Instant startsAt, Instant endsAt, boolean followUp, boolean hasRecord) {
    }

    public record ConsultationFact(Long id, String title, Instant opensAt, Instant closesAt, @Nullable Instant timelinePublishedAt,
                                   long inputs, long answered) {
    }

    /**
     * What the rules read: the plan's step and when it reached the forum's step (4) and implementation (8), its forum,
     * its meetings and consultations, and the moment of reading.
     */
    public record Facts(PlanPhase phase, @Nullable LocalDate forumStepReachedOn, @Nullable LocalDate implementationStartedOn,
                        int parliamentMembers, int civilSocietyMembers, boolean appointmentPublic, boolean rulesPublic,
                        List<MeetingFact> meetings, List<ConsultationFact> consultations, Instant now, ZoneId zone) {

        boolean forumDue() {
            return PlanPhase.CIVIL_SOCIETY_ENGAGEMENT.isReachedBy(phase);
        }

        List<MeetingFact> held() {
            return meetings.stream().filter(meeting -> !meeting.startsAt().isAfter(now))
                    .sorted(Comparator.comparing(MeetingFact::startsAt)).toList();
        }

        LocalDate day(Instant instant) {
            return instant.atZone(zone).toLocalDate();
        }

        LocalDate today() {
            return day(now);
        }
    }

    public static List<Assessment> assess(Facts facts) {
        return List.of(forumExists(facts), forumRulesPublic(facts), forumMeetsEverySixMonths(facts), repositoryUpToDate(facts),
                timelineTwoWeeksAhead(facts), everyInputAnswered(facts), meetingsDuringImplementation(facts));
    }

    static Assessment forumExists(Facts facts) {
        List<Evidence> evidence = List.of(Evidence.of(Source.FORUM, null, "forum-members", facts.parliamentMembers(),
                facts.civilSocietyMembers()));
        if (facts.parliamentMembers() > 0 && facts.civilSocietyMembers() > 0) {
            return Assessment.of(Requirement.FORUM_EXISTS, Verdict.MET, "forum-both-sides", evidence);
        }
        if (!facts.forumDue()) {
            return Assessment.of(Requirement.FORUM_EXISTS, Verdict.NOT_YET_DUE, "before-forum-step", List.of());
        }
        return Assessment.of(Requirement.FORUM_EXISTS, Verdict.NOT_MET,
                facts.parliamentMembers() + facts.civilSocietyMembers() == 0 ? "no-forum" : "forum-one-side", evidence);
    }

    static Assessment forumRulesPublic(Facts facts) {
        List<Evidence> evidence = List.of(Evidence.of(Source.FORUM, null, "forum-text"));
        if (facts.rulesPublic() && facts.appointmentPublic()) {
            return Assessment.of(Requirement.FORUM_RULES_PUBLIC, Verdict.MET, "rules-public", evidence);
        }
        if (!facts.forumDue()) {
            return Assessment.of(Requirement.FORUM_RULES_PUBLIC, Verdict.NOT_YET_DUE, "before-forum-step", List.of());
        }
        return Assessment.of(Requirement.FORUM_RULES_PUBLIC, Verdict.NOT_MET,
                facts.rulesPublic() ? "no-appointment" : facts.appointmentPublic() ? "no-rules" : "no-rules-nor-appointment", evidence);
    }

    /**
     * From the day the plan reached the forum's step, no six months without a meeting: between that day and the first
     * meeting, between two meetings, and since the last one.
     */
    static Assessment forumMeetsEverySixMonths(Facts facts) {
        if (!facts.forumDue()) {
            return Assessment.of(Requirement.FORUM_MEETS_EVERY_SIX_MONTHS, Verdict.NOT_YET_DUE, "before-forum-step", List.of());
        }
        List<MeetingFact> held = facts.held();
        LocalDate since = facts.forumStepReachedOn() != null ? facts.forumStepReachedOn()
                : held.isEmpty() ? facts.today() : facts.day(held.get(0).startsAt());
        LocalDate previous = since;
        long longestGap = 0;
        LocalDate gapFrom = since;
        LocalDate gapTo = since;
        List<LocalDate> ends = new ArrayList<>(held.stream().map(meeting -> facts.day(meeting.startsAt())).toList());
        ends.add(facts.today());
        for (LocalDate day : ends) {
            long gap = Duration.between(previous.atStartOfDay(), day.atStartOfDay()).toDays();
            if (gap > longestGap) {
                longestGap = gap;
                gapFrom = previous;
                gapTo = day;
            }
            previous = day.isAfter(previous) ? day : previous;
        }
        List<Evidence> evidence = List.of(Evidence.of(Source.MEETINGS, null, "meetings-held", held.size(), since));
        if (longestGap > SIX_MONTHS_DAYS) {
            return Assessment.of(Requirement.FORUM_MEETS_EVERY_SIX_MONTHS, Verdict.NOT_MET, "gap", evidence, longestGap, gapFrom, gapTo);
        }
        if (held.isEmpty()) {
            return Assessment.of(Requirement.FORUM_MEETS_EVERY_SIX_MONTHS, Verdict.NOT_YET_DUE, "first-meeting-due", evidence,
                    since.plusDays(SIX_MONTHS_DAYS));
        }
        return Assessment.of(Requirement.FORUM_MEETS_EVERY_SIX_MONTHS, Verdict.MET, "no-gap", evidence, longestGap);
    }

    /** Every meeting held has its minutes or decisions published, given a month to write them. */
    static Assessment repositoryUpToDate(Facts facts) {
        List<MeetingFact> held = facts.held();
        if (held.isEmpty()) {
            return Assessment.of(Requirement.REPOSITORY_UP_TO_DATE, Verdict.NOT_YET_DUE, "no-meeting-held", List.of());
        }
        Instant due = facts.now().minus(Duration.ofDays(MINUTES_GRACE_DAYS));
        List<Evidence> lacking = held.stream().filter(meeting -> !meeting.hasRecord() && meeting.endsAt().isBefore(due))
                .map(meeting -> Evidence.of(Source.MEETING, meeting.id(), "meeting-without-minutes", meeting.title(),
                        facts.day(meeting.startsAt()))).toList();
        if (!lacking.isEmpty()) {
            return Assessment.of(Requirement.REPOSITORY_UP_TO_DATE, Verdict.NOT_MET, "minutes-missing", lacking, lacking.size(),
                    MINUTES_GRACE_DAYS);
        }
        long recorded = held.stream().filter(MeetingFact::hasRecord).count();
        if (recorded == 0) {
            return Assessment.of(Requirement.REPOSITORY_UP_TO_DATE, Verdict.NOT_YET_DUE, "minutes-awaited", List.of(), MINUTES_GRACE_DAYS);
        }
        List<Evidence> evidence = List.of(Evidence.of(Source.MEETINGS, null, "meetings-recorded", recorded, held.size()),
                Evidence.of(Source.REPOSITORY, null, "repository"));
        return Assessment.of(Requirement.REPOSITORY_UP_TO_DATE, Verdict.MET, "minutes-published", evidence, MINUTES_GRACE_DAYS);
    }

    /** Each consultation's timeline and ways to take part were published at least two weeks before it opened. */
    static Assessment timelineTwoWeeksAhead(Facts facts) {
        if (facts.consultations().isEmpty()) {
            return Assessment.of(Requirement.TIMELINE_TWO_WEEKS_AHEAD, Verdict.NOT_YET_DUE, "no-consultation", List.of());
        }
        List<Evidence> late = new ArrayList<>();
        List<Evidence> inTime = new ArrayList<>();
        List<Evidence> awaited = new ArrayList<>();
        for (ConsultationFact consultation : facts.consultations()) {
            if (consultation.timelinePublishedAt() == null) {
                LocalDate lastDay = facts.day(consultation.opensAt()).minusDays(TIMELINE_NOTICE_DAYS);
                Evidence without = Evidence.of(Source.CONSULTATION, consultation.id(), "consultation-without-timeline", consultation.title());
                // Still time to publish it: due two weeks before the opening.
                (facts.today().isBefore(lastDay) ? awaited : late).add(without);
                continue;
            }
            long daysAhead = Duration.between(facts.day(consultation.timelinePublishedAt()).atStartOfDay(),
                    facts.day(consultation.opensAt()).atStartOfDay()).toDays();
            Evidence evidence = daysAhead >= 0
                    ? Evidence.of(Source.CONSULTATION, consultation.id(), "consultation-timeline-ahead", consultation.title(),
                            facts.day(consultation.timelinePublishedAt()), daysAhead)
                    : Evidence.of(Source.CONSULTATION, consultation.id(), "consultation-timeline-after-opening", consultation.title(),
                            facts.day(consultation.timelinePublishedAt()), -daysAhead);
            (daysAhead >= TIMELINE_NOTICE_DAYS ? inTime : late).add(evidence);
        }
        if (!late.isEmpty()) {
            return Assessment.of(Requirement.TIMELINE_TWO_WEEKS_AHEAD, Verdict.NOT_MET, "timeline-late", late, TIMELINE_NOTICE_DAYS);
        }
        if (inTime.isEmpty()) {
            return Assessment.of(Requirement.TIMELINE_TWO_WEEKS_AHEAD, Verdict.NOT_YET_DUE, "timeline-awaited", awaited, TIMELINE_NOTICE_DAYS);
        }
        return Assessment.of(Requirement.TIMELINE_TWO_WEEKS_AHEAD, Verdict.MET, "timeline-in-time", inTime, TIMELINE_NOTICE_DAYS);
    }

    /** Every input of a consultation closed more than a month ago has its reasoned answer. */
    static Assessment everyInputAnswered(Facts facts) {
        if (facts.consultations().isEmpty()) {
            return Assessment.of(Requirement.EVERY_INPUT_ANSWERED, Verdict.NOT_YET_DUE, "no-consultation", List.of());
        }
        Instant due = facts.now().minus(Duration.ofDays(ANSWER_GRACE_DAYS));
        List<Evidence> unanswered = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        boolean anyDue = false;
        for (ConsultationFact consultation : facts.consultations()) {
            Evidence coverage = Evidence.of(Source.CONSULTATION, consultation.id(), "consultation-coverage", consultation.title(),
                    consultation.answered(), consultation.inputs());
            evidence.add(coverage);
            if (consultation.closesAt().isBefore(due)) {
                // A closed consultation that received nothing has nothing to answer: it proves no response either.
                anyDue |= consultation.inputs() > 0;
                if (consultation.answered() < consultation.inputs()) {
                    unanswered.add(coverage);
                }
            }
        }
        if (!unanswered.isEmpty()) {
            return Assessment.of(Requirement.EVERY_INPUT_ANSWERED, Verdict.NOT_MET, "inputs-unanswered", unanswered, ANSWER_GRACE_DAYS);
        }
        boolean allAnswered = facts.consultations().stream().allMatch(consultation -> consultation.answered() == consultation.inputs());
        boolean anyInput = facts.consultations().stream().anyMatch(consultation -> consultation.inputs() > 0);
        if (!anyInput) {
            return Assessment.of(Requirement.EVERY_INPUT_ANSWERED, Verdict.NOT_YET_DUE, "no-input-yet", evidence);
        }
        // Before any answer is due, met only once there is something answered: no input is not a response.
        if (!anyDue && !allAnswered) {
            return Assessment.of(Requirement.EVERY_INPUT_ANSWERED, Verdict.NOT_YET_DUE, "answers-due-later", evidence, ANSWER_GRACE_DAYS);
        }
        return Assessment.of(Requirement.EVERY_INPUT_ANSWERED, Verdict.MET, "inputs-answered", evidence);
    }

    /**
     * During implementation, at least two follow-up meetings with civil society in every year since it began; the
     * current year is not due until it ends, unless it already has them.
     */
    static Assessment meetingsDuringImplementation(Facts facts) {
        if (!PlanPhase.IMPLEMENTATION.isReachedBy(facts.phase()) || facts.implementationStartedOn() == null) {
            return Assessment.of(Requirement.MEETINGS_DURING_IMPLEMENTATION, Verdict.NOT_YET_DUE, "before-implementation", List.of());
        }
        LocalDate start = facts.implementationStartedOn();
        List<LocalDate> followUps = facts.held().stream().filter(MeetingFact::followUp).map(meeting -> facts.day(meeting.startsAt()))
                .toList();
        List<Evidence> evidence = List.of(Evidence.of(Source.MEETINGS, null, "follow-up-meetings", followUps.size(), start));
        LocalDate today = facts.today();
        // Each year counted from the start itself (start.plusYears(n)), so that a start on 29 February does not drift.
        for (int year = 0; !start.plusYears(year).isAfter(today); year++) {
            LocalDate from = start.plusYears(year);
            LocalDate until = start.plusYears(year + 1);
            LocalDate windowStart = from;
            long inYear = followUps.stream().filter(day -> !day.isBefore(windowStart) && day.isBefore(until)).count();
            boolean yearOver = !until.isAfter(today);
            if (yearOver && inYear < MEETINGS_A_YEAR) {
                return Assessment.of(Requirement.MEETINGS_DURING_IMPLEMENTATION, Verdict.NOT_MET, "too-few-meetings", evidence,
                        inYear, from, until.minusDays(1));
            }
            if (!yearOver && inYear < MEETINGS_A_YEAR && from.equals(start)) {
                return Assessment.of(Requirement.MEETINGS_DURING_IMPLEMENTATION, Verdict.NOT_YET_DUE, "first-year-running", evidence,
                        inYear, until.minusDays(1));
            }
        }
        return Assessment.of(Requirement.MEETINGS_DURING_IMPLEMENTATION, Verdict.MET, "years-met", evidence);
    }
}
