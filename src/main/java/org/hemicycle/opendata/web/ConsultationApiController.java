package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hemicycle.account.Actor;
import org.hemicycle.consultation.AnswerKind;
import org.hemicycle.consultation.Consultation;
import org.hemicycle.consultation.ConsultationPage;
import org.hemicycle.consultation.ConsultationService;
import org.hemicycle.consultation.ConsultationState;
import org.hemicycle.consultation.Coverage;
import org.hemicycle.consultation.Idea;
import org.hemicycle.consultation.IdeaView;
import org.hemicycle.plan.CommitmentHeadline;
import org.hemicycle.plan.Pillar;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's consultations and their ideas as JSON, at the addresses of their pages under /api/v1. Never an address. */
@RestController
@RequestMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}/consultations", produces = "application/json")
@Tag(name = "Consultations", description = "Online consultations, their ideas and supports")
class ConsultationApiController {

    record ConsultationDocument(Long id, String title, @Nullable String description, @Nullable String timeline,
                                Instant opensAt, Instant closesAt, String timeZone, ConsultationState state) {
    }

    /**
     * The parliament's answer to an idea: the commitment it was accepted into (by its number in the plan, and the
     * activity of it by id when the answer names one) or the idea it was merged into, when it was either.
     */
    record AnswerDocument(AnswerKind kind, String reason, Instant answeredAt, Instant firstAnsweredAt,
                          @Nullable Integer commitmentNumber, @Nullable Long activityId, @Nullable Long mergedInto) {
    }

    /** An idea; its author by public name, or null for a deleted participant; its answer, or null while awaited. */
    record IdeaDocument(Long id, String title, String body, @Nullable Pillar pillar, int supports, @Nullable String author,
                        Instant submittedAt, @Nullable AnswerDocument answer) {
    }

    record CoverageDocument(long inputs, long answered, @Nullable Double medianDaysToAnswer) {
    }

    /** The ideas listed; hiddenByModeration counts those that moderation hides (listed, with why, on the hidden page). */
    record IdeasDocument(ConsultationDocument consultation, long ideas, long hiddenByModeration, CoverageDocument coverage, int page,
                         int pages, List<IdeaDocument> mostSupportedFirst) {
    }

    private final ConsultationService consultations;

    ConsultationApiController(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GetMapping
    @Operation(summary = "The plan's consultations, the latest opening first")
    List<ConsultationDocument> list(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan) {
        Instant now = Instant.now();
        return consultations.list(actor, parliament, plan).consultations().stream().map(c -> document(c, now)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A consultation and one page of its ideas, most supported first")
    IdeasDocument consultation(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan,
                               @PathVariable Long id, @RequestParam(name = "page", defaultValue = "1") int page) {
        ConsultationPage found = consultations.page(actor, parliament, plan, id, page);
        Coverage coverage = found.coverage();
        return new IdeasDocument(document(found.consultation(), found.now()), found.ideaCount(), found.hiddenCount(),
                new CoverageDocument(coverage.inputs(), coverage.answered(), coverage.medianDays()), found.pageNumber(),
                found.pageCount(), found.ideas().stream().map(view -> idea(view, found.acceptedInto())).toList());
    }

    private static ConsultationDocument document(Consultation c, Instant now) {
        return new ConsultationDocument(c.getId(), c.getTitle(), c.getDescription(), c.getTimeline(), c.getOpensAt(),
                c.getClosesAt(), c.getTimeZone(), c.stateAt(now));
    }

    private static IdeaDocument idea(IdeaView view, Map<Long, CommitmentHeadline> acceptedInto) {
        Idea idea = view.idea();
        AnswerDocument answer = null;
        if (idea.isAnswered()) {
            CommitmentHeadline commitment = idea.getAnswerCommitmentId() == null ? null : acceptedInto.get(idea.getAnswerCommitmentId());
            answer = new AnswerDocument(idea.getAnswerKind(), idea.getAnswerText(), idea.getAnsweredAt(), idea.getFirstAnsweredAt(),
                    commitment == null ? null : commitment.getNumber(), idea.getAnswerActivityId(), idea.getAnswerMergedIntoId());
        }
        return new IdeaDocument(idea.getId(), idea.getTitle(), idea.getBody(), idea.getPillar(), idea.getSupports(), view.author(),
                idea.getCreatedAt(), answer);
    }
}
