package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.function.Function;
import org.hemicycle.commitment.CommitmentPart;
import org.hemicycle.consultation.CommentOfIdea;
import org.hemicycle.consultation.ConsultationNotFound;
import org.hemicycle.consultation.DraftCommentService;
import org.hemicycle.consultation.DraftPartPage;
import org.hemicycle.consultation.HiddenIdeasPage;
import org.hemicycle.consultation.IdeaPage;
import org.hemicycle.consultation.InputKind;
import org.hemicycle.consultation.Moderation;
import org.hemicycle.consultation.ModerationDecision;
import org.hemicycle.consultation.ModerationService;
import org.hemicycle.consultation.PastAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@Tag(name = "Consultations", description = "Online consultations, their ideas, comments on them and on the draft, answers and moderation")
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
    record IdeaDocument(Long id, String title, String body, @Nullable Pillar pillar, int supports, int comments,
                        @Nullable String author, Instant submittedAt, @Nullable AnswerDocument answer) {
    }

    record PastAnswerDocument(AnswerKind kind, String reason, Instant answeredAt) {
    }

    /** Why and since when moderation hides an input; the reason is null while it awaits a moderator's review. */
    record HiddenDocument(Moderation state, @Nullable String reason, @Nullable Instant since) {
    }

    /**
     * An idea or a comment with its answer and the answers it had before. Moderation hides its words: title, body and
     * author are then null, and hidden says why.
     */
    record InputDocument(Long id, InputKind kind, @Nullable String title, @Nullable String body, @Nullable Pillar pillar,
                         @Nullable Integer supports, @Nullable String author, Instant submittedAt, @Nullable Long replyTo,
                         @Nullable AnswerDocument answer, List<PastAnswerDocument> earlierAnswers,
                         @Nullable HiddenDocument hidden) {
    }

    record ThreadDocument(InputDocument comment, List<InputDocument> replies) {
    }

    /** An idea, what became of it, the ideas merged into it (by id) and one page of its comments, threaded. */
    record IdeaPageDocument(ConsultationDocument consultation, InputDocument idea, List<Long> mergedHere,
                            List<PastDecisionDocument> moderation, int page, int pages, List<ThreadDocument> comments) {
    }

    record PastDecisionDocument(ModerationDecision decision, @Nullable String reason, Instant decidedAt) {
    }

    /** A comment on a part of the draft, with the part's text as its author read it and whether it changed since. */
    record DraftCommentDocument(InputDocument comment, @Nullable String textCommentedOn, boolean changedSince) {
    }

    /** One part of a draft commitment, its text as it stands (null once removed) and one page of the comments on it. */
    record DraftPartDocument(ConsultationDocument consultation, int commitmentNumber, CommitmentPart part,
                             @Nullable Long itemId, @Nullable String itemTitle, @Nullable String text, boolean removed,
                             boolean takesComments, int page, int pages, List<DraftCommentDocument> comments) {
    }

    /** The inputs moderation hides, the latest decision first, without their words. */
    record HiddenInputsDocument(ConsultationDocument consultation, long total, int page, int pages, List<HiddenInputDocument> hidden) {
    }

    record HiddenInputDocument(Long id, InputKind kind, HiddenDocument hidden) {
    }

    record CoverageDocument(long inputs, long answered, @Nullable Double medianDaysToAnswer) {
    }

    /** The ideas listed; hiddenByModeration counts those that moderation hides (listed, with why, on the hidden page). */
    record IdeasDocument(ConsultationDocument consultation, long ideas, long hiddenByModeration, CoverageDocument coverage, int page,
                         int pages, List<IdeaDocument> mostSupportedFirst) {
    }

    private final ConsultationService consultations;
    private final DraftCommentService drafts;
    private final ModerationService moderation;

    ConsultationApiController(ConsultationService consultations, DraftCommentService drafts, ModerationService moderation) {
        this.consultations = consultations;
        this.drafts = drafts;
        this.moderation = moderation;
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

    @GetMapping("/{id}/ideas/{ideaId}")
    @Operation(summary = "An idea, its answer and earlier answers, and one page of its comments with theirs; a comment's address leads to its thread or its part of the draft")
    IdeaPageDocument idea(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan,
                          @PathVariable Long id, @PathVariable Long ideaId, @RequestParam(name = "page", defaultValue = "1") int page) {
        IdeaPage found = consultations.idea(actor, parliament, plan, id, ideaId, page);
        Map<Long, List<PastAnswer>> earlier = new HashMap<>(found.earlierOfComments());
        earlier.put(ideaId, found.earlier());
        return new IdeaPageDocument(document(found.consultation(), Instant.now()), input(found.idea(), earlier, found::numberOf),
                found.mergedHere().stream().map(Idea::getId).toList(),
                found.moderation().stream().map(d -> new PastDecisionDocument(d.decision(), d.reason(), d.decidedAt())).toList(),
                found.commentPage(), found.commentPages(),
                found.comments().stream().map(thread -> new ThreadDocument(input(thread.comment(), earlier, found::numberOf),
                        thread.replies().stream().map(reply -> input(reply, earlier, found::numberOf)).toList())).toList());
    }

    /** The HTML page of a comment is its idea's thread or its part of the draft: so is its JSON. */
    @ExceptionHandler(CommentOfIdea.class)
    ResponseEntity<Void> commentOfIdea(CommentOfIdea comment) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/api/v1" + comment.location())).build();
    }

    @GetMapping({"/{id}/commitments/{number:\\d{1,2}}/{part:issue|description|justification}",
            "/{id}/commitments/{number:\\d{1,2}}/{part:activity|indicator}/{itemId:\\d{1,18}}"})
    @Operation(summary = "A part of a draft commitment under consultation, its text now and one page of the comments on it")
    DraftPartDocument draftPart(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan,
                                @PathVariable Long id, @PathVariable int number, @PathVariable String part,
                                @PathVariable(required = false) @Nullable Long itemId,
                                @RequestParam(name = "page", defaultValue = "1") int page) {
        DraftPartPage found = drafts.part(actor, parliament, plan, id, number,
                CommitmentPart.ofPath(part).orElseThrow(ConsultationNotFound::new), itemId, page);
        return new DraftPartDocument(document(found.consultation(), Instant.now()), found.commitment().getNumber(), found.part(),
                found.itemId(), found.itemTitle(), found.text(), found.removed(), found.takesComments(), found.commentPage(),
                found.commentPages(), found.comments().stream().map(comment -> new DraftCommentDocument(
                        input(comment.view(), found.earlierOfComments(), found::numberOf),
                        comment.view().idea().isHidden() ? null : comment.view().idea().getDraftText(), comment.changed())).toList());
    }

    @GetMapping("/{id}/hidden")
    @Operation(summary = "The ideas and comments moderation hides, with why and since when, without their words")
    HiddenInputsDocument hidden(@Parameter(hidden = true) Actor actor, @PathVariable String parliament, @PathVariable String plan,
                                @PathVariable Long id, @RequestParam(name = "page", defaultValue = "1") int page) {
        HiddenIdeasPage found = moderation.hidden(actor, parliament, plan, id, page);
        return new HiddenInputsDocument(document(found.consultation(), Instant.now()), found.total(), found.pageNumber(),
                found.pageCount(), found.hidden().stream().map(input -> new HiddenInputDocument(input.getId(), input.getKind(),
                        hidden(input))).toList());
    }

    private static InputDocument input(IdeaView view, Map<Long, List<PastAnswer>> earlier, Function<Long, Integer> numberOf) {
        Idea input = view.idea();
        boolean shown = !input.isHidden();
        return new InputDocument(input.getId(), input.getKind(), shown ? input.getTitle() : null, shown ? input.getBody() : null,
                input.getPillar(), input.isComment() ? null : input.getSupports(), shown ? view.author() : null,
                input.getCreatedAt(), input.getReplyToId(),
                input.isAnswered() ? answer(input, numberOf.apply(input.getAnswerCommitmentId())) : null,
                earlier.getOrDefault(input.getId(), List.of()).stream()
                        .map(past -> new PastAnswerDocument(past.kind(), past.text(), past.answeredAt())).toList(),
                shown ? null : hidden(input));
    }

    private static HiddenDocument hidden(Idea input) {
        return new HiddenDocument(input.getModeration(), input.getModerationReason(), input.getModeratedAt());
    }

    private static AnswerDocument answer(Idea idea, @Nullable Integer commitmentNumber) {
        return new AnswerDocument(idea.getAnswerKind(), idea.getAnswerText(), idea.getAnsweredAt(), idea.getFirstAnsweredAt(),
                commitmentNumber, idea.getAnswerActivityId(), idea.getAnswerMergedIntoId());
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
            answer = answer(idea, commitment == null ? null : commitment.getNumber());
        }
        return new IdeaDocument(idea.getId(), idea.getTitle(), idea.getBody(), idea.getPillar(), idea.getSupports(), idea.getComments(),
                view.author(), idea.getCreatedAt(), answer);
    }
}
