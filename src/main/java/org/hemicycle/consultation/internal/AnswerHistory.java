package org.hemicycle.consultation.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.ArrayList;
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

    /**
     * The answers each of these inputs had before its current one, the latest first, in one statement; none asked for
     * those never re-answered (their current answer is their first).
     */
    public Map<Long, List<PastAnswer>> replacedOf(Collection<? extends Idea> inputs) {
        List<Long> changed = inputs.stream()
                .filter(input -> input.getAnsweredAt() != null && !input.getAnsweredAt().equals(input.getFirstAnsweredAt()))
                .map(Idea::getId).toList();
        if (changed.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<PastAnswer>> all = new HashMap<>();
        jdbc.query("""
                select idea_id, kind, text, answered_at from idea_answer where idea_id in (:ideas)
                order by idea_id, answered_at desc, id desc""", new MapSqlParameterSource("ideas", changed), row -> {
            all.computeIfAbsent(row.getLong("idea_id"), id -> new ArrayList<>()).add(new PastAnswer(
                    AnswerKind.valueOf(row.getString("kind")), row.getString("text"), row.getTimestamp("answered_at").toInstant()));
        });
        Map<Long, List<PastAnswer>> replaced = new HashMap<>();
        all.forEach((id, answers) -> {
            if (answers.size() > 1) {
                replaced.put(id, List.copyOf(answers.subList(1, answers.size())));
            }
        });
        return replaced;
    }
}
