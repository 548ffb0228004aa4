package org.hemicycle.consultation.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hemicycle.consultation.Coverage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A consultation's response coverage: its inputs, how many are answered, and the median time to a first answer.
 * The median sorts every answered input, which a consultation of a hundred thousand ideas should not pay on each
 * signed-in page view: it is kept a few minutes, for as many consultations as could be open at once, and dropped
 * here when an idea of the consultation is submitted, answered or moderated on this node. So is the number of ideas
 * it lists, which its page's pager would otherwise count on every view.
 */
@Component
public class AnswerCoverage {

    private static final double SECONDS_PER_DAY = 86_400.0;

    private final JdbcTemplate jdbc;
    private final Cache<Long, Coverage> kept = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(2)).build();

    /** How many ideas a consultation lists: its page's pager, counted over every listed idea, kept as the coverage is. */
    private final Cache<Long, Long> listed = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(2)).build();

    AnswerCoverage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Coverage of(Long consultationId) {
        return kept.get(consultationId, this::count);
    }

    /** The ideas the consultation lists (not comments, not what moderation hides). */
    public long listedIdeas(Long consultationId) {
        return listed.get(consultationId, id -> jdbc.queryForObject(
                "select count(*) from idea where consultation_id = ? and kind = 'IDEA' and moderation = 'VISIBLE'", Long.class, id));
    }

    /** Several consultations' coverage; those not kept are counted together, in one statement. */
    public Map<Long, Coverage> of(Collection<Long> consultationIds) {
        return kept.getAll(consultationIds, this::countAll);
    }

    /** After the commit: a count taken before it would otherwise be kept again. */
    public void changed(Long consultationId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            kept.invalidate(consultationId);
            listed.invalidate(consultationId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                kept.invalidate(consultationId);
                listed.invalidate(consultationId);
            }
        });
    }

    private Map<Long, Coverage> countAll(Set<? extends Long> consultationIds) {
        Map<Long, Coverage> counted = new HashMap<>();
        consultationIds.forEach(id -> counted.put(id, new Coverage(0, 0, null)));
        new NamedParameterJdbcTemplate(jdbc).query("""
                select consultation_id, count(*) as inputs, count(first_answered_at) as answered,
                       percentile_cont(0.5) within group (order by seconds_to_answer) as median
                from idea where consultation_id in (:ids) group by consultation_id""",
                new MapSqlParameterSource("ids", consultationIds), row -> {
                    double median = row.getDouble("median");
                    counted.put(row.getLong("consultation_id"), new Coverage(row.getLong("inputs"), row.getLong("answered"),
                            row.wasNull() ? null : median / SECONDS_PER_DAY));
                });
        return counted;
    }

    private Coverage count(Long consultationId) {
        return jdbc.queryForObject("""
                select count(*) as inputs, count(first_answered_at) as answered,
                       percentile_cont(0.5) within group (order by seconds_to_answer) as median
                from idea where consultation_id = ?""", (row, n) -> {
            double median = row.getDouble("median");
            return new Coverage(row.getLong("inputs"), row.getLong("answered"), row.wasNull() ? null : median / SECONDS_PER_DAY);
        }, consultationId);
    }
}
