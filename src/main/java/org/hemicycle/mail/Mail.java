package org.hemicycle.mail;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A message to one person, already written in their language. Messages someone receives because they chose to
 * follow something carry the address that stops them ({@code List-Unsubscribe}, one click); messages about one's
 * own account carry none, but name the account, so that they are forgotten with it.
 */
public record Mail(@Nullable Long accountId, String to, Locale language, String subject, String body,
                   @Nullable String unsubscribeUrl) {

    public static Mail about(String to, Locale language, String subject, String body) {
        return new Mail(null, to, language, subject, body, null);
    }

    public static Mail toAccount(Long accountId, String to, Locale language, String subject, String body) {
        return new Mail(accountId, to, language, subject, body, null);
    }
}
