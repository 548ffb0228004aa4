package org.hemicycle.account.internal;

import jakarta.persistence.*;
import java.time.Instant;
import org.hemicycle.account.PlatformRole;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private @Nullable PlatformRole platformRole;

    private boolean enabled;

    /** Bumped whenever roles or the password change, so that sessions opened before are refused. */
    private int securityVersion;

    private Instant createdAt;

    /** Until the person follows the link sent to their address, they cannot sign in. */
    private @Nullable Instant emailConfirmedAt;

    /** The language of the messages sent to this person (a working language's tag). */
    private String language;

    /** When the person deleted their account: what they wrote stays, who they were is erased. */
    private @Nullable Instant deletedAt;

    protected UserAccount() {
    }

    /** Someone who signed up themselves: no role, and an address still to confirm. */
    public static UserAccount signedUp(String email, String displayName, String passwordHash, String language) {
        UserAccount account = new UserAccount(email, displayName, passwordHash, null);
        account.emailConfirmedAt = null;
        account.language = language;
        return account;
    }

    public UserAccount(String email, String displayName, String passwordHash, @Nullable PlatformRole platformRole) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformRole = platformRole;
        this.enabled = true;
        this.securityVersion = 1;
        this.createdAt = Instant.now();
        // Made by an admin, who vouches for the address.
        this.emailConfirmedAt = this.createdAt;
        this.language = "en";
    }

    /** The sign-up whose link was followed sets the account's password and name: see AccountToken.signUp. */
    public void confirmSignUp(String passwordHash, String displayName) {
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        confirmEmail();
        this.securityVersion++;
    }

    public void confirmEmail() {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = Instant.now();
        }
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail;
        this.emailConfirmedAt = Instant.now();
        this.securityVersion++;
    }

    public void chooseLanguage(String language) {
        this.language = language;
    }

    /**
     * Erases who the person was, keeping the row that their contributions point to: no address (a unique
     * placeholder that mail can never reach), no name, no usable password, no role.
     */
    public void erase(String unusablePasswordHash) {
        this.email = "deleted-" + id + "@deleted.invalid";
        this.displayName = "";
        this.passwordHash = unusablePasswordHash;
        this.platformRole = null;
        this.enabled = false;
        this.deletedAt = Instant.now();
        this.securityVersion++;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.securityVersion++;
    }

    public void recoverAsAdmin(String newHash) {
        this.passwordHash = newHash;
        this.platformRole = PlatformRole.ADMIN;
        this.enabled = true;
        this.securityVersion++;
    }

    public void rolesChanged() {
        this.securityVersion++;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public PlatformRole getPlatformRole() { return platformRole; }
    public boolean isEnabled() { return enabled; }
    public int getSecurityVersion() { return securityVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isEmailConfirmed() { return emailConfirmedAt != null; }
    public String getLanguage() { return language; }
    public boolean isDeleted() { return deletedAt != null; }
}
