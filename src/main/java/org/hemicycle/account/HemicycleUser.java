package org.hemicycle.account;

import java.io.Serializable;
import java.util.*;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, with the roles they hold in each parliament at sign-in time.
 */
public final class HemicycleUser implements UserDetails, CredentialsContainer, Serializable, Actor {

    private final Long id;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final @Nullable PlatformRole platformRole;
    private final Map<Long, Set<ParliamentRole>> rolesByParliament;
    private final int securityVersion;
    private final String accessKey;
    private final boolean emailConfirmed;

    public HemicycleUser(Long id, String email, String displayName, @Nullable String passwordHash, @Nullable PlatformRole platformRole,
                  Map<Long, Set<ParliamentRole>> rolesByParliament, int securityVersion) {
        this(id, email, displayName, passwordHash, platformRole, rolesByParliament, securityVersion, true);
    }

    public HemicycleUser(Long id, String email, String displayName, @Nullable String passwordHash, @Nullable PlatformRole platformRole,
                  Map<Long, Set<ParliamentRole>> rolesByParliament, int securityVersion, boolean emailConfirmed) {
        this.emailConfirmed = emailConfirmed;
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformRole = platformRole;
        this.rolesByParliament = Map.copyOf(rolesByParliament);
        this.securityVersion = securityVersion;
        this.accessKey = accessKey(platformRole, this.rolesByParliament);
    }

    /**
     * What this person may see and do, as a key: people with the same platform role and the same roles in the
     * same parliaments are shown the same pages (a page cache keeps one copy for all of them).
     */
    public String accessKey() {
        return accessKey;
    }

    private static String accessKey(@Nullable PlatformRole platformRole, Map<Long, Set<ParliamentRole>> rolesByParliament) {
        StringBuilder key = new StringBuilder(platformRole == null ? "signed-in" : platformRole.name());
        new TreeMap<>(rolesByParliament).forEach((parliament, roles) -> {
            key.append(' ').append(parliament).append(':');
            roles.stream().map(Enum::name).sorted().forEach(role -> key.append(role).append(','));
        });
        return key.toString();
    }

    public Long id() { return id; }
    public String email() { return email; }
    @Override
    public String displayName() { return displayName; }
    public int securityVersion() { return securityVersion; }

    /** Whether this person has a platform role or a role in some parliament (citizens hold none). */
    public boolean holdsAnyRole() {
        return platformRole != null || !rolesByParliament.isEmpty();
    }

    /** For the header's link to the network's administration. */
    public boolean isAdmin() {
        return platformRole == PlatformRole.ADMIN;
    }

    public boolean isCoordinator() {
        return platformRole == PlatformRole.COORDINATOR;
    }

    public Optional<PlatformRole> platformRole() {
        return Optional.ofNullable(platformRole);
    }

    public Set<ParliamentRole> rolesIn(Long parliamentId) {
        return rolesByParliament.getOrDefault(parliamentId, Set.of());
    }

    @Override
    public Set<Standing> standingsIn(@Nullable Long parliamentId) {
        Set<Standing> standings = EnumSet.of(Standing.SIGNED_IN);
        if (platformRole == PlatformRole.ADMIN) {
            standings.add(Standing.ADMIN);
        } else if (platformRole == PlatformRole.COORDINATOR) {
            standings.add(Standing.COORDINATOR);
        }
        if (parliamentId != null) {
            rolesIn(parliamentId).forEach(role -> standings.add(Standing.of(role)));
        }
        return standings;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (platformRole != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + platformRole.name()));
        }
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** An account whose address is not confirmed yet cannot sign in (checked after its password). */
    @Override
    public boolean isEnabled() {
        return emailConfirmed;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HemicycleUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
