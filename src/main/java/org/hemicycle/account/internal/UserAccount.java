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

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, @Nullable PlatformRole platformRole) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformRole = platformRole;
        this.enabled = true;
        this.securityVersion = 1;
        this.createdAt = Instant.now();
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
}
