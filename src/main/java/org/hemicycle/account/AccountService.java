package org.hemicycle.account;

import java.util.*;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's API: creating accounts, granting roles per parliament, passwords.
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;

    private final UserAccountRepository accounts;
    private final RoleGrantRepository grants;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserAccountRepository accounts, RoleGrantRepository grants, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.grants = grants;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public HemicycleUser loadUserByUsername(String email) {
        UserAccount account = accounts.findByEmailIgnoreCase(email.strip())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        Map<Long, Set<ParliamentRole>> roles = new HashMap<>();
        for (RoleGrant grant : grants.findByUserId(account.getId())) {
            roles.computeIfAbsent(grant.getParliamentId(), id -> EnumSet.noneOf(ParliamentRole.class)).add(grant.getRole());
        }
        return new HemicycleUser(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPasswordHash(), account.getPlatformRole(), roles, account.getSecurityVersion());
    }

    /** The current security version of an enabled account, or empty when it is gone or disabled. */
    public Optional<Integer> securityVersion(Long accountId) {
        return accounts.findSecurityVersion(accountId);
    }

    public boolean hasAdmin() {
        return accounts.existsByPlatformRole(PlatformRole.ADMIN);
    }

    @Transactional
    public Long create(NewAccount request) {
        String email = request.email() == null ? "" : request.email().strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByEmailIgnoreCase(email)) {
            throw new AccountRuleViolation("email", "account.error.email-taken");
        }
        checkPasswordStrength("password", request.password());
        UserAccount account = new UserAccount(email, request.displayName().strip(),
                passwordEncoder.encode(request.password()), request.platformRole());
        return accounts.save(account).getId();
    }

    @Transactional
    public void changePassword(Long accountId, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRuleViolation("currentPassword", "account.error.current-password-wrong");
        }
        checkPasswordStrength("newPassword", newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    @Transactional
    public void grant(Long accountId, Long parliamentId, ParliamentRole role) {
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        if (grants.existsByUserIdAndParliamentIdAndRole(accountId, parliamentId, role)) {
            throw new AccountRuleViolation(null, "account.error.role-already-held");
        }
        grants.save(new RoleGrant(accountId, parliamentId, role));
        account.rolesChanged();
    }

    @Transactional
    public void revoke(Long accountId, Long grantId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        RoleGrant grant = grants.findByIdAndUserId(grantId, accountId).orElseThrow(AccountNotFound::new);
        grants.delete(grant);
        account.rolesChanged();
    }

    public AccountSummary summary(Long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        return toSummary(account, grants.findByUserId(accountId));
    }

    public List<AccountSummary> all() {
        Map<Long, List<RoleGrant>> grantsByUser = grants.findAllByOrderByParliamentIdAsc().stream()
                .collect(Collectors.groupingBy(RoleGrant::getUserId));
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .map(account -> toSummary(account, grantsByUser.getOrDefault(account.getId(), List.of())))
                .toList();
    }

    private static AccountSummary toSummary(UserAccount account, List<RoleGrant> roleGrants) {
        List<AccountSummary.Grant> summaries = roleGrants.stream()
                .map(g -> new AccountSummary.Grant(g.getId(), g.getParliamentId(), g.getRole(), g.getGrantedAt()))
                .toList();
        return new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPlatformRole(), account.isEnabled(), account.getCreatedAt(), summaries);
    }

    private static void checkPasswordStrength(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountRuleViolation(field, "account.error.password-too-short");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new AccountRuleViolation(field, "account.error.password-too-long");
        }
    }
}
