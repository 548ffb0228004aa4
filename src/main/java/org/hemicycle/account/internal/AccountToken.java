package org.hemicycle.account.internal;

import jakarta.persistence.*;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * A single-use link sent by email. The link carries a random token; the table keeps only its SHA-256, so that
 * whoever reads the database cannot use the links it has sent. A used token is deleted.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    public enum Purpose {
        CONFIRM_EMAIL(Duration.ofDays(2)), RESET_PASSWORD(Duration.ofHours(1)), CHANGE_EMAIL(Duration.ofDays(1));

        private final Duration validFor;

        Purpose(Duration validFor) {
            this.validFor = validFor;
        }

        public Duration validFor() {
            return validFor;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;
    private @Nullable String newEmail;
    /** A sign-up's own password and name, applied to the account when that sign-up's link is confirmed. */
    private @Nullable String passwordHash;
    private @Nullable String displayName;
    private Instant createdAt;
    private Instant expiresAt;

    protected AccountToken() {
    }

    private AccountToken(Long accountId, Purpose purpose, String tokenHash, @Nullable String newEmail) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.createdAt = Instant.now();
        this.expiresAt = createdAt.plus(purpose.validFor());
    }

    /** A new token: the row to save, and the token itself, which only the email will carry. */
    public static Issued issue(Long accountId, Purpose purpose, @Nullable String newEmail) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(accountId, purpose, hash(token), newEmail), token);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }

    public boolean isValidFor(Purpose expected) {
        return purpose == expected && Instant.now().isBefore(expiresAt);
    }

    /** The link of one sign-up: it carries that sign-up's password hash and name. */
    public static Issued signUp(Long accountId, String passwordHash, String displayName) {
        Issued issued = issue(accountId, Purpose.CONFIRM_EMAIL, null);
        issued.row().passwordHash = passwordHash;
        issued.row().displayName = displayName;
        return issued;
    }

    public record Issued(AccountToken row, String token) {
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public Purpose getPurpose() { return purpose; }
    public @Nullable String getNewEmail() { return newEmail; }
    public @Nullable String getPasswordHash() { return passwordHash; }
    public @Nullable String getDisplayName() { return displayName; }
}
