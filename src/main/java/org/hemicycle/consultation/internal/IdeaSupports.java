package org.hemicycle.consultation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Supports, one per person and idea (the primary key says so), and which of a page's ideas the reader supports,
 * in one statement whatever the number of ideas on the page.
 */
@Component
public class IdeaSupports {

    private final NamedParameterJdbcTemplate jdbc;

    IdeaSupports(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(Long ideaId, Long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from idea_support where idea_id = :idea and account_id = :account",
                new MapSqlParameterSource("idea", ideaId).addValue("account", accountId), Boolean.class));
    }

    /** Throws DuplicateKeyException when this person supports the idea already (two requests at once). */
    public void add(Long ideaId, Long accountId) {
        jdbc.update("insert into idea_support (idea_id, account_id, supported_at) values (:idea, :account, :at)",
                new MapSqlParameterSource("idea", ideaId).addValue("account", accountId)
                        .addValue("at", Timestamp.from(Instant.now())));
    }

    /**
     * One support more for a listed idea of this consultation: 0 rows for a comment, a hidden idea or another
     * consultation's idea. In SQL,
     * not JPQL: Hibernate translates an update query anew on every call, a fifth of a support's time under load.
     */
    public int countOne(Long ideaId, Long consultationId) {
        return jdbc.update("update idea set supports = supports + 1 where id = :idea and consultation_id = :consultation"
                        + " and kind = 'IDEA' and moderation = 'VISIBLE'",
                new MapSqlParameterSource("idea", ideaId).addValue("consultation", consultationId));
    }

    public Set<Long> supportedBy(Long accountId, Collection<Long> ideaIds) {
        if (ideaIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("select idea_id from idea_support where account_id = :account and idea_id in (:ideas)",
                new MapSqlParameterSource("account", accountId).addValue("ideas", ideaIds), Long.class));
    }
}
