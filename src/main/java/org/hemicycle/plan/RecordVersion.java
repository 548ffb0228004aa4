package org.hemicycle.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of one record as a form showed it: a digest of the record's values. A form carries it, and a
 * save whose record has changed since is refused instead of silently overwriting someone else's work. A
 * digest rather than the row's counter, so that two people recording different steps of one plan do not
 * conflict: only a change to the record the form edits does.
 */
public final class RecordVersion {

    private RecordVersion() {
    }

    public static String of(Record record) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(record.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Refuses the save when the record has changed since the form showed it; no version means no form. */
    static void check(String seenVersion, Record current) {
        if (seenVersion != null && !seenVersion.equals(of(current))) {
            throw new StaleRecord(current);
        }
    }
}
