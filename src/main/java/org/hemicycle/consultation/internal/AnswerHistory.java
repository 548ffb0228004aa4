package org.hemicycle.consultation.internal;

import java.sql.Timestamp;
import java.util.List;
import org.hemicycle.consultation.AnswerKind;
import org.hemicycle.consultation.Idea;
import org.hemicycle.consultation.PastAnswer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Every answer an idea was given, appended as it is given and never changed: a changed answer stays on the record. */
@Component
public class AnswerHistory {

    private final NamedParameterJdbcTemplate jdbc;

    AnswerHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The idea as just answered, by whom: none for the platform itself. */
    public void record(Idea idea, @Nullable Long answeredBy) {
        jdbc.update("""
                insert into idea_answer (idea_id, kind, text, commitment_id, activity_id, merged_into_id, answered_by, answered_at)
                values (:idea, :kind, :text, :commitment, :activity, :merged, :by, :at)""",
                new MapSqlParameterSource("idea", idea.getId()).addValue("kind", String.valueOf(idea.getAnswerKind()))
                        .addValue("text", idea.getAnswerText()).addValue("commitment", idea.getAnswerCommitmentId())
                        .addValue("activity", idea.getAnswerActivityId())
                        .addValue("merged", idea.getAnswerMergedIntoId()).addValue("by", answeredBy)
                        .addValue("at", Timestamp.from(idea.getAnsweredAt())));
    }

    /** The answers the idea had before its current one, the latest first. */
    public List<PastAnswer> replaced(Long ideaId) {
        List<PastAnswer> all = jdbc.query("select kind, text, answered_at from idea_answer where idea_id = :idea order by answered_at desc, id desc",
                new MapSqlParameterSource("idea", ideaId),
                (row, n) -> new PastAnswer(AnswerKind.valueOf(row.getString("kind")), row.getString("text"),
                        row.getTimestamp("answered_at").toInstant()));
        return all.isEmpty() ? List.of() : List.copyOf(all.subList(1, all.size()));
    }
}
