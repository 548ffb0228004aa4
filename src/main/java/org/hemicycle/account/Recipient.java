package org.hemicycle.account;

import java.util.Locale;

/** Where to write to a person about what they took part in, and in which language; never shown to anyone else. */
public record Recipient(Long accountId, String email, String displayName, Locale language) {
}
