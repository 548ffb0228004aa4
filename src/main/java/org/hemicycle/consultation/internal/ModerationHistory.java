package org.hemicycle.consultation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.hemicycle.consultation.ModerationDecision;
import org.hemicycle.consultation.PastDecision;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Every moderation decision on an idea, appended as it is taken and never changed: its public history. */
@Component
public class ModerationHistory {

    private final NamedParameterJdbcTemplate jdbc;

    ModerationHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By whom: none for the platform itself (hidden by its flags). */
    public void record(Long ideaId, ModerationDecision decision, @Nullable String reason, @Nullable Long decidedBy, Instant at) {
        jdbc.update("insert into idea_moderation (idea_id, decision, reason, decided_by, decided_at) values (:idea, :decision, :reason, :by, :at)",
                new MapSqlParameterSource("idea", ideaId).addValue("decision", decision.name()).addValue("reason", reason)
                        .addValue("by", decidedBy).addValue("at", Timestamp.from(at)));
    }

    /** The decisions on an idea, the latest first. Who took them is not public: the parliament moderates. */
    public List<PastDecision> of(Long ideaId) {
        return jdbc.query("select decision, reason, decided_at from idea_moderation where idea_id = :idea order by decided_at desc, id desc",
                new MapSqlParameterSource("idea", ideaId),
                (row, n) -> new PastDecision(ModerationDecision.valueOf(row.getString("decision")), row.getString("reason"),
                        row.getTimestamp("decided_at").toInstant()));
    }
}
