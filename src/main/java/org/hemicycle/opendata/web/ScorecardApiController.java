package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.scorecard.Evidence;
import org.hemicycle.scorecard.Requirement;
import org.hemicycle.scorecard.Scorecard;
import org.hemicycle.scorecard.ScorecardService;
import org.hemicycle.scorecard.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A plan's co-creation scorecard as JSON: each requirement's verdict, its reason and the records behind it. */
@RestController
@RequestMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}/scorecard", produces = "application/json")
@Tag(name = "Co-creation scorecard", description = "OGP's Participation and Co-Creation Standards, computed from the records")
class ScorecardApiController {

    /**
     * A record behind a verdict: what it is (forum, meetings, meeting, consultation, plan), its id when it has one, and
     * the values its sentence on the page is made of (counts, dates, titles), in order.
     */
    record EvidenceDocument(Evidence.Source source, @Nullable Long id, String kind, List<Object> values) {
    }

    /** The reason is named (for example "gap") with the values of its sentence on the page. */
    record AssessmentDocument(Requirement requirement, Verdict verdict, String reason, List<Object> values,
                              List<EvidenceDocument> evidence) {
    }

    record ScorecardDocument(Instant computedAt, long met, long notMet, long notYetDue, List<AssessmentDocument> requirements) {
    }

    private final ScorecardService scorecards;

    ScorecardApiController(ScorecardService scorecards) {
        this.scorecards = scorecards;
    }

    @GetMapping
    @Operation(summary = "The plan's co-creation scorecard, computed now")
    ScorecardDocument scorecard(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        Scorecard scorecard = scorecards.of(actor, parliament, plan);
        return new ScorecardDocument(scorecard.computedAt(), scorecard.count(Verdict.MET), scorecard.count(Verdict.NOT_MET),
                scorecard.count(Verdict.NOT_YET_DUE), scorecard.assessments().stream().map(assessment -> new AssessmentDocument(
                        assessment.requirement(), assessment.verdict(), last(assessment.reasonKey()), values(assessment.reasonArguments()),
                        assessment.evidence().stream().map(evidence -> new EvidenceDocument(evidence.source(), evidence.id(),
                                last(evidence.messageKey()), values(evidence.arguments()))).toList())).toList());
    }

    private static String last(String messageKey) {
        return messageKey.substring(messageKey.lastIndexOf('.') + 1);
    }

    /** Dates as ISO days, the rest as they are. */
    private static List<Object> values(List<Object> arguments) {
        return arguments.stream().map(value -> value instanceof LocalDate day ? (Object) day.toString() : value).toList();
    }
}
