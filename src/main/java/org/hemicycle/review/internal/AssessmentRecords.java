package org.hemicycle.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hemicycle.commitment.Assessment;
import org.hemicycle.commitment.AssessmentSource;
import org.hemicycle.commitment.CommitmentAssessments;
import org.hemicycle.commitment.Irm;
import org.hemicycle.plan.Completion;
import org.hemicycle.review.AssessmentForm;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Every saved state of every assessment, appended: the current one of a commitment and source is the latest. An
 * independent assessment is public once its review is, which the statements reading for the public check.
 */
@Component
public class AssessmentRecords {

    private static final String COLUMNS = """
            a.id, a.source, a.specificity, a.verifiable, a.relevant_access_information, a.relevant_civic_participation,
            a.relevant_public_accountability, a.relevant_technology, a.potential_impact, a.potential_for_results,
            a.completion, a.opened_government, a.early_results, a.justification, a.author_name, a.assessed_at""";

    private static final RowMapper<Assessment> ROW = AssessmentRecords::assessment;

    private final NamedParameterJdbcTemplate jdbc;

    AssessmentRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Answers the new state's id, which is the assessment's revision from now on. */
    public Long save(Long commitmentId, AssessmentSource source, @Nullable Long reviewId, AssessmentForm form,
                     String justification, @Nullable Long authorId, String authorName, Instant at) {
        Set<Irm.Value> relevance = form.relevanceOrNone();
        MapSqlParameterSource values = new MapSqlParameterSource("commitment", commitmentId)
                .addValue("source", source.name()).addValue("review", reviewId)
                .addValue("specificity", name(form.specificity())).addValue("verifiable", form.verifiable())
                .addValue("information", relevance.contains(Irm.Value.ACCESS_TO_INFORMATION))
                .addValue("participation", relevance.contains(Irm.Value.CIVIC_PARTICIPATION))
                .addValue("accountability", relevance.contains(Irm.Value.PUBLIC_ACCOUNTABILITY))
                .addValue("technology", relevance.contains(Irm.Value.TECHNOLOGY_AND_INNOVATION))
                .addValue("impact", name(form.potentialImpact())).addValue("results", name(form.potentialForResults()))
                .addValue("completion", name(form.completion())).addValue("opened", name(form.openedGovernment()))
                .addValue("early", name(form.earlyResults())).addValue("justification", justification)
                .addValue("authorId", authorId).addValue("authorName", authorName).addValue("at", Timestamp.from(at));
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into assessment (commitment_id, source, review_id, specificity, verifiable, relevant_access_information,
                    relevant_civic_participation, relevant_public_accountability, relevant_technology, potential_impact,
                    potential_for_results, completion, opened_government, early_results, justification, author_id, author_name,
                    assessed_at)
                values (:commitment, :source, :review, :specificity, :verifiable, :information, :participation, :accountability,
                    :technology, :impact, :results, :completion, :opened, :early, :justification, :authorId, :authorName, :at)""",
                values, key, new String[] {"id"});
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * The current assessments of a commitment, by source, in one statement; the independent one only when its review is
     * public, or always when {@code withDraftReview} (for its reviewer's eyes).
     */
    public CommitmentAssessments.Assessments currentOf(Long commitmentId, boolean withDraftReview) {
        Map<AssessmentSource, Assessment> current = new HashMap<>();
        boolean[] published = {false};
        jdbc.query("select " + COLUMNS + ", r.state as review_state from assessment a left join review r on r.id = a.review_id"
                        + " where a.id in (select max(id) from assessment where commitment_id = :commitment group by source)",
                new MapSqlParameterSource("commitment", commitmentId), row -> {
                    String reviewState = row.getString("review_state");
                    if (reviewState == null || withDraftReview || !"DRAFT".equals(reviewState)) {
                        Assessment assessment = assessment(row, 0);
                        current.put(assessment.source(), assessment);
                        published[0] |= "PUBLISHED".equals(reviewState);
                    }
                });
        return current.isEmpty() ? CommitmentAssessments.Assessments.NONE : new CommitmentAssessments.Assessments(current, published[0]);
    }

    /** The states an assessment had before its current one, the latest first. */
    public List<Assessment> earlierOf(Long commitmentId, AssessmentSource source) {
        List<Assessment> all = jdbc.query("select " + COLUMNS + " from assessment a where a.commitment_id = :commitment"
                        + " and a.source = :source order by a.id desc",
                new MapSqlParameterSource("commitment", commitmentId).addValue("source", source.name()), ROW);
        return all.isEmpty() ? List.of() : List.copyOf(all.subList(1, all.size()));
    }

    /** The review's current assessment of each commitment, by commitment id, in one statement. */
    public Map<Long, Assessment> ofReview(Long reviewId) {
        Map<Long, Assessment> byCommitment = new HashMap<>();
        jdbc.query("select a.commitment_id, " + COLUMNS + " from assessment a where a.id in (select max(id) from assessment"
                        + " where review_id = :review group by commitment_id)",
                new MapSqlParameterSource("review", reviewId),
                row -> {
                    byCommitment.put(row.getLong("commitment_id"), assessment(row, 0));
                });
        return byCommitment;
    }

    private static Assessment assessment(ResultSet row, int rowNumber) throws SQLException {
        Set<Irm.Value> relevance = EnumSet.noneOf(Irm.Value.class);
        if (row.getBoolean("relevant_access_information")) {
            relevance.add(Irm.Value.ACCESS_TO_INFORMATION);
        }
        if (row.getBoolean("relevant_civic_participation")) {
            relevance.add(Irm.Value.CIVIC_PARTICIPATION);
        }
        if (row.getBoolean("relevant_public_accountability")) {
            relevance.add(Irm.Value.PUBLIC_ACCOUNTABILITY);
        }
        if (row.getBoolean("relevant_technology")) {
            relevance.add(Irm.Value.TECHNOLOGY_AND_INNOVATION);
        }
        Object verifiable = row.getObject("verifiable");
        return new Assessment(AssessmentSource.valueOf(row.getString("source")),
                value(Irm.Specificity.class, row.getString("specificity")),
                verifiable == null ? null : row.getBoolean("verifiable"), Set.copyOf(relevance),
                value(Irm.PotentialImpact.class, row.getString("potential_impact")),
                value(Irm.PotentialForResults.class, row.getString("potential_for_results")),
                value(Completion.class, row.getString("completion")),
                value(Irm.OpenedGovernment.class, row.getString("opened_government")),
                value(Irm.EarlyResults.class, row.getString("early_results")), row.getString("justification"),
                row.getString("author_name"), row.getTimestamp("assessed_at").toInstant(), row.getLong("id"));
    }

    private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
