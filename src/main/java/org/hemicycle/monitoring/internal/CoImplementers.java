package org.hemicycle.monitoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The civil-society members named as co-implementers of a commitment. */
@Component
public class CoImplementers {

    private final JdbcTemplate jdbc;

    CoImplementers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> of(Long commitmentId) {
        return jdbc.queryForList("select account_id from co_implementer where commitment_id = ? order by added_at, account_id",
                Long.class, commitmentId);
    }

    public boolean isOne(Long commitmentId, Long accountId) {
        return !jdbc.queryForList("select 1 from co_implementer where commitment_id = ? and account_id = ?", Integer.class,
                commitmentId, accountId).isEmpty();
    }

    /** Under the plan's row lock, which the caller holds, so that naming someone twice at once names them once. */
    public void add(Long commitmentId, Long accountId) {
        if (!isOne(commitmentId, accountId)) {
            jdbc.update("insert into co_implementer (commitment_id, account_id, added_at) values (?, ?, ?)",
                    commitmentId, accountId, Timestamp.from(Instant.now()));
        }
    }

    public void remove(Long commitmentId, Long accountId) {
        jdbc.update("delete from co_implementer where commitment_id = ? and account_id = ?", commitmentId, accountId);
    }
}
