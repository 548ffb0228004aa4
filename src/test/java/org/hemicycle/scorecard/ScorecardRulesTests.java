package org.hemicycle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.hemicycle.plan.PlanPhase;
import org.hemicycle.scorecard.ScorecardRules.ConsultationFact;
import org.hemicycle.scorecard.ScorecardRules.Facts;
import org.hemicycle.scorecard.ScorecardRules.MeetingFact;
import org.junit.jupiter.api.Test;

/** Each requirement met, not met and not yet due, at its edges. */
class ScorecardRulesTests {

    private static final ZoneId ZONE = ZoneId.of("America/Costa_Rica");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = ZonedDateTime.of(TODAY.atTime(12, 0), ZONE).toInstant();

    private static Facts facts(PlanPhase phase, LocalDate forumStep, LocalDate implementation, int parliament, int civilSociety,
                               boolean appointment, boolean rules, List<MeetingFact> meetings, List<ConsultationFact> consultations) {
        return new Facts(phase, forumStep, implementation, parliament, civilSociety, appointment, rules, meetings, consultations, NOW, ZONE);
    }

    private static Facts forum(int parliament, int civilSociety, boolean appointment, boolean rules) {
        return facts(PlanPhase.CO_CREATION_DESIGN, TODAY.minusMonths(2), null, parliament, civilSociety, appointment, rules, List.of(), List.of());
    }

    private static Facts meetings(PlanPhase phase, LocalDate forumStep, LocalDate implementation, MeetingFact... meetings) {
        return facts(phase, forumStep, implementation, 1, 1, true, true, List.of(meetings), List.of());
    }

    private static Facts consultations(ConsultationFact... consultations) {
        return facts(PlanPhase.DRAFTING, TODAY.minusYears(1), null, 1, 1, true, true, List.of(), List.of(consultations));
    }

    private static MeetingFact meeting(LocalDate day, boolean followUp, boolean minutes) {
        Instant start = ZonedDateTime.of(day.atTime(9, 0), ZONE).toInstant();
        return new MeetingFact(day.toEpochDay(), "Meeting of " + day, start, start.plusSeconds(7_200), followUp, minutes);
    }

    private static ConsultationFact consultation(LocalDate timelineOn, LocalDate opens, LocalDate closes, long inputs, long answered) {
        return new ConsultationFact(opens.toEpochDay(), "Consultation of " + opens,
                ZonedDateTime.of(opens.atTime(8, 0), ZONE).toInstant(), ZonedDateTime.of(closes.atTime(20, 0), ZONE).toInstant(),
                timelineOn == null ? null : ZonedDateTime.of(timelineOn.atTime(10, 0), ZONE).toInstant(), inputs, answered);
    }

    @Test
    void aForumNeedsBothSidesOnceCivilSocietyIsEngaged() {
        assertThat(ScorecardRules.forumExists(forum(2, 3, false, false)).verdict()).isEqualTo(Verdict.MET);
        assertThat(ScorecardRules.forumExists(forum(2, 0, false, false)).reasonKey()).isEqualTo("scorecard.reason.forum-one-side");
        assertThat(ScorecardRules.forumExists(forum(0, 0, false, false)).verdict()).isEqualTo(Verdict.NOT_MET);
        Facts early = facts(PlanPhase.POINT_OF_CONTACT, null, null, 0, 0, false, false, List.of(), List.of());
        assertThat(ScorecardRules.forumExists(early).verdict()).isEqualTo(Verdict.NOT_YET_DUE);
    }

    @Test
    void theForumsRulesAndItsAppointmentAreBothPublic() {
        assertThat(ScorecardRules.forumRulesPublic(forum(1, 1, true, true)).verdict()).isEqualTo(Verdict.MET);
        assertThat(ScorecardRules.forumRulesPublic(forum(1, 1, true, false)).reasonKey()).isEqualTo("scorecard.reason.no-rules");
        assertThat(ScorecardRules.forumRulesPublic(forum(1, 1, false, true)).reasonKey()).isEqualTo("scorecard.reason.no-appointment");
        assertThat(ScorecardRules.forumRulesPublic(forum(1, 1, false, false)).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void theForumMeetsAtLeastEverySixMonthsFromTheForumsStep() {
        LocalDate step = TODAY.minusMonths(14);
        Facts regular = meetings(PlanPhase.DRAFTING, step, null, meeting(step.plusMonths(1), false, true),
                meeting(step.plusMonths(6), false, true), meeting(step.plusMonths(11), false, true));
        assertThat(ScorecardRules.forumMeetsEverySixMonths(regular).verdict()).isEqualTo(Verdict.MET);
        // Seven months between two meetings.
        Facts gap = meetings(PlanPhase.DRAFTING, step, null, meeting(step.plusMonths(1), false, true),
                meeting(step.plusMonths(8), false, true), meeting(step.plusMonths(12), false, true));
        Assessment broken = ScorecardRules.forumMeetsEverySixMonths(gap);
        assertThat(broken.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(broken.reasonArguments()).containsExactly(212L, step.plusMonths(1), step.plusMonths(8));
        // Seven months since the last one.
        Facts silent = meetings(PlanPhase.DRAFTING, step, null, meeting(step.plusMonths(1), false, true),
                meeting(step.plusMonths(6), false, true));
        assertThat(ScorecardRules.forumMeetsEverySixMonths(silent).verdict()).isEqualTo(Verdict.NOT_MET);
        // A meeting planned for later does not count as held.
        Facts planned = meetings(PlanPhase.CO_CREATION_DESIGN, TODAY.minusMonths(3), null, meeting(TODAY.plusDays(10), false, false));
        Assessment first = ScorecardRules.forumMeetsEverySixMonths(planned);
        assertThat(first.verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        assertThat(first.reasonArguments()).containsExactly(TODAY.minusMonths(3).plusDays(ScorecardRules.SIX_MONTHS_DAYS));
        Facts never = meetings(PlanPhase.DRAFTING, TODAY.minusMonths(7), null);
        assertThat(ScorecardRules.forumMeetsEverySixMonths(never).verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void everyMeetingHeldAMonthAgoHasItsMinutes() {
        LocalDate step = TODAY.minusYears(1);
        assertThat(ScorecardRules.repositoryUpToDate(meetings(PlanPhase.DRAFTING, step, null)).verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        Facts recorded = meetings(PlanPhase.DRAFTING, step, null, meeting(TODAY.minusMonths(3), false, true),
                // Held last week, minutes not written yet: within the month given for them.
                meeting(TODAY.minusDays(7), false, false));
        assertThat(ScorecardRules.repositoryUpToDate(recorded).verdict()).isEqualTo(Verdict.MET);
        // Only recent meetings, none recorded yet: their minutes are not due.
        assertThat(ScorecardRules.repositoryUpToDate(meetings(PlanPhase.DRAFTING, step, null, meeting(TODAY.minusDays(7), false, false)))
                .verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        MeetingFact behind = meeting(TODAY.minusDays(40), false, false);
        Assessment late = ScorecardRules.repositoryUpToDate(meetings(PlanPhase.DRAFTING, step, null, meeting(TODAY.minusMonths(3), false, true),
                behind));
        assertThat(late.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(late.evidence()).singleElement().satisfies(evidence -> assertThat(evidence.id()).isEqualTo(behind.id()));
    }

    @Test
    void aConsultationsTimelineComesTwoWeeksBeforeItOpens() {
        assertThat(ScorecardRules.timelineTwoWeeksAhead(consultations()).verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        LocalDate opens = TODAY.plusDays(3);
        assertThat(ScorecardRules.timelineTwoWeeksAhead(consultations(consultation(opens.minusDays(14), opens, opens.plusDays(20), 0, 0)))
                .verdict()).isEqualTo(Verdict.MET);
        assertThat(ScorecardRules.timelineTwoWeeksAhead(consultations(consultation(opens.minusDays(13), opens, opens.plusDays(20), 0, 0)))
                .verdict()).isEqualTo(Verdict.NOT_MET);
        // A consultation a month away without its timeline yet: there is still time.
        LocalDate later = TODAY.plusDays(30);
        assertThat(ScorecardRules.timelineTwoWeeksAhead(consultations(consultation(null, later, later.plusDays(20), 0, 0))).verdict())
                .isEqualTo(Verdict.NOT_YET_DUE);
        Assessment none = ScorecardRules.timelineTwoWeeksAhead(consultations(consultation(null, opens, opens.plusDays(20), 0, 0),
                consultation(opens.minusDays(30), opens.minusDays(1), opens.plusDays(20), 0, 0)));
        assertThat(none.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(none.evidence()).extracting(Evidence::messageKey).containsExactly("scorecard.evidence.consultation-without-timeline");
        // Published three days after the opening: said as such, not as zero days ahead.
        Assessment afterOpening = ScorecardRules.timelineTwoWeeksAhead(consultations(
                consultation(TODAY.minusDays(2), TODAY.minusDays(5), TODAY.plusDays(20), 0, 0)));
        assertThat(afterOpening.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(afterOpening.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.messageKey()).isEqualTo("scorecard.evidence.consultation-timeline-after-opening");
            assertThat(evidence.arguments()).last().isEqualTo(3L);
        });
    }

    @Test
    void everyInputIsAnsweredWithinAMonthOfTheClosing() {
        LocalDate longAgo = TODAY.minusDays(100);
        assertThat(ScorecardRules.everyInputAnswered(consultations()).verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        assertThat(ScorecardRules.everyInputAnswered(consultations(consultation(longAgo, TODAY.plusDays(5), TODAY.plusDays(25), 0, 0)))
                .verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        assertThat(ScorecardRules.everyInputAnswered(consultations(consultation(longAgo, TODAY.minusDays(5), TODAY.plusDays(5), 4, 4)))
                .verdict()).isEqualTo(Verdict.MET);
        // Open, half answered: the answers are not due yet.
        assertThat(ScorecardRules.everyInputAnswered(consultations(consultation(longAgo, TODAY.minusDays(5), TODAY.plusDays(5), 10, 5)))
                .verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        // Closed twenty days ago, not all answered: still within the month.
        assertThat(ScorecardRules.everyInputAnswered(consultations(consultation(longAgo, TODAY.minusDays(60), TODAY.minusDays(20), 10, 9)))
                .verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        assertThat(ScorecardRules.everyInputAnswered(consultations(consultation(longAgo, TODAY.minusDays(60), TODAY.minusDays(31), 10, 9)))
                .verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(ScorecardRules.everyInputAnswered(consultations(consultation(longAgo, TODAY.minusDays(60), TODAY.minusDays(31), 10, 10),
                consultation(longAgo, TODAY.minusDays(5), TODAY.plusDays(5), 3, 3))).verdict()).isEqualTo(Verdict.MET);
        // A closed consultation that received nothing answers nothing: the open one's pending inputs decide.
        Assessment emptyAndPending = ScorecardRules.everyInputAnswered(consultations(
                consultation(longAgo, TODAY.minusDays(60), TODAY.minusDays(31), 0, 0),
                consultation(longAgo, TODAY.minusDays(5), TODAY.plusDays(5), 10, 5)));
        assertThat(emptyAndPending.verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        assertThat(emptyAndPending.reasonKey()).isEqualTo("scorecard.reason.answers-due-later");
        Assessment nothingReceived = ScorecardRules.everyInputAnswered(consultations(
                consultation(longAgo, TODAY.minusDays(60), TODAY.minusDays(31), 0, 0)));
        assertThat(nothingReceived.verdict()).isEqualTo(Verdict.NOT_YET_DUE);
        assertThat(nothingReceived.reasonKey()).isEqualTo("scorecard.reason.no-input-yet");
    }

    @Test
    void twoFollowUpMeetingsInEveryYearOfImplementation() {
        LocalDate started = TODAY.minusMonths(18);
        assertThat(ScorecardRules.meetingsDuringImplementation(meetings(PlanPhase.ADOPTION, TODAY.minusYears(2), null)).verdict())
                .isEqualTo(Verdict.NOT_YET_DUE);
        Facts twice = meetings(PlanPhase.IMPLEMENTATION, TODAY.minusYears(3), started, meeting(started.plusMonths(2), true, true),
                meeting(started.plusMonths(9), true, true));
        assertThat(ScorecardRules.meetingsDuringImplementation(twice).verdict()).isEqualTo(Verdict.MET);
        // Co-creation meetings are not follow-up meetings.
        Facts once = meetings(PlanPhase.IMPLEMENTATION, TODAY.minusYears(3), started, meeting(started.plusMonths(2), true, true),
                meeting(started.plusMonths(9), false, true));
        Assessment tooFew = ScorecardRules.meetingsDuringImplementation(once);
        assertThat(tooFew.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(tooFew.reasonArguments()).containsExactly(1L, started, started.plusYears(1).minusDays(1));
        Facts firstYear = meetings(PlanPhase.IMPLEMENTATION, TODAY.minusYears(2), TODAY.minusMonths(4),
                meeting(TODAY.minusMonths(1), true, true));
        assertThat(ScorecardRules.meetingsDuringImplementation(firstYear).verdict()).isEqualTo(Verdict.NOT_YET_DUE);
    }

    @Test
    void theYearsOfImplementationCountFromItsStartEvenOnTheTwentyNinthOfFebruary() {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        Facts facts = meetings(PlanPhase.IMPLEMENTATION, LocalDate.of(2023, 1, 1), leap,
                meeting(LocalDate.of(2024, 5, 1), true, true), meeting(LocalDate.of(2024, 11, 1), true, true),
                meeting(LocalDate.of(2025, 3, 10), true, true), meeting(LocalDate.of(2025, 9, 1), true, true),
                // The last day of the second year (28 February 2026): it counts in that year.
                meeting(LocalDate.of(2026, 2, 28), true, true));
        assertThat(ScorecardRules.meetingsDuringImplementation(facts).verdict()).isEqualTo(Verdict.MET);
        Facts thin = meetings(PlanPhase.IMPLEMENTATION, LocalDate.of(2023, 1, 1), leap,
                meeting(LocalDate.of(2024, 5, 1), true, true), meeting(LocalDate.of(2024, 11, 1), true, true),
                meeting(LocalDate.of(2025, 3, 10), true, true), meeting(LocalDate.of(2026, 3, 1), true, true));
        Assessment tooFew = ScorecardRules.meetingsDuringImplementation(thin);
        assertThat(tooFew.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(tooFew.reasonArguments()).containsExactly(1L, LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 27));
    }

    @Test
    void thePlanIsAssessedOnEveryRequirementInTheStandardsOrder() {
        assertThat(ScorecardRules.assess(forum(1, 1, true, true))).extracting(Assessment::requirement).containsExactly(Requirement.values());
    }
}
