package org.hemicycle.review.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hemicycle.review.Review;
import org.hemicycle.review.ReviewComment;
import org.hemicycle.review.ReviewState;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** A plan's review and the public's comments on it. Changes are made under the plan's row lock, by the service. */
@Component
public class Reviews {

    /** The most comments a review page lists; a review draws tens, and the JSON pages on beyond. */
    public static final int COMMENTS_SHOWN = 500;

    private final NamedParameterJdbcTemplate jdbc;

    Reviews(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Review> ofPlan(Long planId) {
        return jdbc.query("select * from review where plan_id = :plan", new MapSqlParameterSource("plan", planId),
                Reviews::review).stream().findFirst();
    }

    public void start(Long planId, @Nullable Long reviewerId, String reviewerName, Instant at) {
        jdbc.update("""
                insert into review (plan_id, reviewer_id, reviewer_name, state, created_at)
                values (:plan, :reviewer, :name, 'DRAFT', :at)""",
                new MapSqlParameterSource("plan", planId).addValue("reviewer", reviewerId).addValue("name", reviewerName)
                        .addValue("at", Timestamp.from(at)));
    }

    public void writeRecommendations(Long reviewId, String recommendations) {
        jdbc.update("update review set recommendations = :text, version = version + 1 where id = :id",
                new MapSqlParameterSource("id", reviewId).addValue("text", recommendations));
    }

    public void openForComment(Long reviewId, LocalDate closeOn, Instant at) {
        jdbc.update("update review set state = 'PUBLIC_COMMENT', comments_close_on = :close, opened_for_comment_at = :at,"
                        + " version = version + 1 where id = :id",
                new MapSqlParameterSource("id", reviewId).addValue("close", Date.valueOf(closeOn)).addValue("at", Timestamp.from(at)));
    }

    public void publish(Long reviewId, Instant at) {
        jdbc.update("update review set state = 'PUBLISHED', published_at = :at, version = version + 1 where id = :id",
                new MapSqlParameterSource("id", reviewId).addValue("at", Timestamp.from(at)));
    }

    public void comment(Long reviewId, @Nullable Long authorId, String authorName, String body, Instant at) {
        jdbc.update("""
                insert into review_comment (review_id, author_id, author_name, body, created_at)
                values (:review, :author, :name, :body, :at)""",
                new MapSqlParameterSource("review", reviewId).addValue("author", authorId).addValue("name", authorName)
                        .addValue("body", body).addValue("at", Timestamp.from(at)));
    }

    /**
     * Answers whether the comment was the review's and unanswered, and so got the answer: an answer is given once, and
     * a second reviewer's form, sent meanwhile, does not overwrite the first.
     */
    public boolean answer(Long reviewId, Long commentId, String answer, Instant at) {
        return jdbc.update("update review_comment set answer = :answer, answered_at = :at where id = :id and review_id = :review"
                        + " and answer is null",
                new MapSqlParameterSource("id", commentId).addValue("review", reviewId).addValue("answer", answer)
                        .addValue("at", Timestamp.from(at))) == 1;
    }

    public List<ReviewComment> commentsOf(Long reviewId) {
        return jdbc.query("select * from review_comment where review_id = :review order by id limit " + COMMENTS_SHOWN,
                new MapSqlParameterSource("review", reviewId), (row, n) -> new ReviewComment(row.getLong("id"),
                        row.getString("author_name"), row.getString("body"), row.getTimestamp("created_at").toInstant(),
                        row.getString("answer"), instant(row.getTimestamp("answered_at"))));
    }

    public long unansweredOf(Long reviewId) {
        Long count = jdbc.queryForObject("select count(*) from review_comment where review_id = :review and answer is null",
                new MapSqlParameterSource("review", reviewId), Long.class);
        return count == null ? 0 : count;
    }

    private static Review review(ResultSet row, int rowNumber) throws SQLException {
        Date close = row.getDate("comments_close_on");
        return new Review(row.getLong("id"), row.getLong("plan_id"), row.getString("reviewer_name"),
                ReviewState.valueOf(row.getString("state")), row.getString("recommendations"),
                close == null ? null : close.toLocalDate(), instant(row.getTimestamp("opened_for_comment_at")),
                instant(row.getTimestamp("published_at")), row.getTimestamp("created_at").toInstant(), row.getInt("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
