package org.hemicycle.mail;

import java.time.Instant;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A message of the outbox as platform admins read it. */
public record OutboxEntry(Long id, String recipient, String language, String subject, String body,
                          @Nullable String unsubscribeUrl, MailStatus status, int attempts, @Nullable String lastError,
                          Instant queuedAt, @Nullable Instant sentAt) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    /** The addresses in the text, so that an admin following the demo without a mail server can open them. */
    public List<String> links() {
        return LINK.matcher(body).results().map(MatchResult::group).distinct().toList();
    }
}
