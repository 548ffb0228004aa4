package org.hemicycle.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hemicycle.account.Actor;
import org.hemicycle.commitment.Assessment;
import org.hemicycle.review.Review;
import org.hemicycle.review.ReviewPage;
import org.hemicycle.review.ReviewService;
import org.hemicycle.review.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A plan's independent review as JSON, at its page's address under /api/v1: null until it is open for comment. */
@RestController
@Tag(name = "Review", description = "The independent review of a plan, its assessments and the public's comments")
class ReviewApiController {

    record CommentDocument(Long id, String author, String body, Instant submittedAt, @Nullable String answer,
                           @Nullable Instant answeredAt) {
    }

    record CommitmentReviewDocument(int number, String title, ApiDocuments.@Nullable AssessmentDocument assessment) {
    }

    record ReviewDocument(@Nullable ReviewState state, @Nullable String reviewer, @Nullable String recommendations,
                          @Nullable LocalDate commentsCloseOn, @Nullable Instant publishedAt, String citationUrl,
                          List<CommitmentReviewDocument> commitments, List<CommentDocument> comments) {
    }

    private final ReviewService reviews;

    ReviewApiController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping(path = "/api/v1/parliaments/{parliament}/plans/{plan}/review", produces = "application/json")
    @Operation(summary = "The plan's independent review once public: recommendations, each commitment's assessment, comments and answers")
    ReviewDocument review(@PathVariable String parliament, @PathVariable String plan) {
        // Read as the public reads it, whoever asks: a reviewer's draft is not open data.
        ReviewPage page = reviews.page(Actor.VISITOR, parliament, plan);
        Review review = page.review();
        LocalDate start = page.plan().getPeriodStart();
        return new ReviewDocument(review == null ? null : review.state(), review == null ? null : review.reviewerName(),
                review == null ? null : review.recommendations(), review == null ? null : review.commentsCloseOn(),
                review == null ? null : review.publishedAt(), page.address(),
                review == null ? List.of() : page.commitments().stream().map(summary -> {
                    Assessment assessment = page.of(summary);
                    return new CommitmentReviewDocument(summary.commitment().getNumber(), summary.commitment().getTitle(),
                            assessment == null ? null : ApiDocuments.AssessmentDocument.of(assessment, start));
                }).toList(),
                page.comments().stream().map(c -> new CommentDocument(c.id(), c.authorName(), c.body(), c.createdAt(), c.answer(),
                        c.answeredAt())).toList());
    }
}
