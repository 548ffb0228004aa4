package org.hemicycle.consultation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.hemicycle.consultation.FlagReason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Flags, one per person and idea (the primary key says so), and what the flags of a page of ideas say, in one statement. */
@Component
public class IdeaFlags {

    private final NamedParameterJdbcTemplate jdbc;

    IdeaFlags(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(Long ideaId, Long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from idea_flag where idea_id = :idea and account_id = :account",
                new MapSqlParameterSource("idea", ideaId).addValue("account", accountId), Boolean.class));
    }

    public void add(Long ideaId, Long accountId, FlagReason reason, @Nullable String note) {
        jdbc.update("insert into idea_flag (idea_id, account_id, reason, note, flagged_at) values (:idea, :account, :reason, :note, :at)",
                new MapSqlParameterSource("idea", ideaId).addValue("account", accountId).addValue("reason", reason.name())
                        .addValue("note", note).addValue("at", Timestamp.from(Instant.now())));
    }

    /** How many flags each idea has for each reason. */
    public Map<Long, Map<FlagReason, Integer>> reasonsOf(Collection<Long> ideaIds) {
        Map<Long, Map<FlagReason, Integer>> reasons = new HashMap<>();
        if (ideaIds.isEmpty()) {
            return reasons;
        }
        jdbc.query("select idea_id, reason, count(*) as flags from idea_flag where idea_id in (:ideas) group by idea_id, reason",
                new MapSqlParameterSource("ideas", ideaIds), row -> {
                    reasons.computeIfAbsent(row.getLong("idea_id"), id -> new EnumMap<>(FlagReason.class))
                            .put(FlagReason.valueOf(row.getString("reason")), row.getInt("flags"));
                });
        return reasons;
    }
}
