package org.hemicycle.monitoring.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evidence files, in the database beside their updates. Kept out of the entity so that listing updates never
 * reads a file's bytes: only a download does.
 */
@Component
public class EvidenceFiles {

    public record Described(String fileName, String contentType, long size) {
    }

    public record Stored(String fileName, String contentType, byte[] content) {
    }

    private final JdbcTemplate jdbc;

    EvidenceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(Long updateId, String fileName, String contentType, byte[] content) {
        jdbc.update("insert into evidence_file (update_id, file_name, content_type, size_bytes, content) values (?, ?, ?, ?, ?)",
                updateId, fileName, contentType, (long) content.length, content);
    }

    /** The files of a commitment's updates, by update, in one statement. */
    public Map<Long, Described> describedForCommitment(Long commitmentId) {
        Map<Long, Described> files = new HashMap<>();
        jdbc.query("""
                select f.update_id, f.file_name, f.content_type, f.size_bytes from evidence_file f
                join progress_update u on u.id = f.update_id where u.commitment_id = ?""",
                row -> {
                    files.put(row.getLong(1), new Described(row.getString(2), row.getString(3), row.getLong(4)));
                }, commitmentId);
        return files;
    }

    public Optional<Stored> read(Long updateId, Long commitmentId) {
        List<Stored> found = jdbc.query("""
                select f.file_name, f.content_type, f.content from evidence_file f
                join progress_update u on u.id = f.update_id where f.update_id = ? and u.commitment_id = ?""",
                (row, n) -> new Stored(row.getString(1), row.getString(2), row.getBytes(3)), updateId, commitmentId);
        return found.stream().findFirst();
    }
}
