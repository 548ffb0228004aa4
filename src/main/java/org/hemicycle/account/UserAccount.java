package org.hemicycle.account;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private PlatformRole platformRole;

    private boolean enabled;

    /** Bumped whenever roles or the password change, so that sessions opened before are refused. */
    private int securityVersion;

    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, PlatformRole platformRole) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformRole = platformRole;
        this.enabled = true;
        this.securityVersion = 1;
        this.createdAt = Instant.now();
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.securityVersion++;
    }

    void recoverAsAdmin(String newHash) {
        this.passwordHash = newHash;
        this.platformRole = PlatformRole.ADMIN;
        this.enabled = true;
        this.securityVersion++;
    }

    void rolesChanged() {
        this.securityVersion++;
    }

    Long getId() { return id; }
    String getEmail() { return email; }
    String getDisplayName() { return displayName; }
    String getPasswordHash() { return passwordHash; }
    PlatformRole getPlatformRole() { return platformRole; }
    boolean isEnabled() { return enabled; }
    int getSecurityVersion() { return securityVersion; }
    Instant getCreatedAt() { return createdAt; }
}
