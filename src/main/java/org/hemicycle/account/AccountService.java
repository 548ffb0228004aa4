package org.hemicycle.account;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.*;
import java.util.stream.Collectors;
import org.hemicycle.account.internal.AccountTokenRepository;
import org.hemicycle.account.internal.LoginAttemptLimiter;
import org.hemicycle.account.internal.RoleGrant;
import org.hemicycle.account.internal.RoleGrantRepository;
import org.hemicycle.account.internal.SecurityVersions;
import org.hemicycle.account.internal.UserAccount;
import org.hemicycle.account.internal.UserAccountRepository;
import org.hemicycle.site.SiteLanguages;
import org.springframework.security.access.AccessDeniedException;
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
    /** zxcvbn's "safely unguessable" level: out of reach of an online attack and of a slow-hash offline one. */
    static final int MIN_PASSWORD_SCORE = 3;
    private static final Zxcvbn STRENGTH = new Zxcvbn();

    private final UserAccountRepository accounts;
    private final RoleGrantRepository grants;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttemptLimiter attempts;
    private final ParliamentDirectory parliaments;
    private final SecurityVersions securityVersions;
    private final AccountTokenRepository tokens;

    AccountService(UserAccountRepository accounts, RoleGrantRepository grants, PasswordEncoder passwordEncoder,
                   LoginAttemptLimiter attempts, ParliamentDirectory parliaments, SecurityVersions securityVersions,
                   AccountTokenRepository tokens) {
        this.tokens = tokens;
        this.parliaments = parliaments;
        this.securityVersions = securityVersions;
        this.accounts = accounts;
        this.grants = grants;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
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
                account.getPasswordHash(), account.getPlatformRole(), roles, account.getSecurityVersion(),
                account.isEmailConfirmed());
    }

    public boolean hasAdmin() {
        return accounts.existsByPlatformRole(PlatformRole.ADMIN);
    }

    @Transactional
    public Long create(Actor actor, NewAccount request) {
        if (!AccountPolicy.mayCreate(actor, request.platformRole())) {
            throw new AccessDeniedException("May not create this account");
        }
        String email = request.email() == null ? "" : request.email().strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByEmailIgnoreCase(email)) {
            throw new AccountRuleViolation("email", "account.error.email-taken");
        }
        checkPasswordStrength("password", request.password(), email, request.displayName());
        UserAccount account = new UserAccount(email, request.displayName().strip(),
                passwordEncoder.encode(request.password()), request.platformRole());
        return accounts.save(account).getId();
    }

    /**
     * Changes the password once the current one is confirmed. Wrong current passwords count like failed
     * sign-ins: past the limit every attempt is refused, the right password too, until the window passes.
     */
    @Transactional
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        AccountPolicy.TABLE.check(actor, AccountPolicy.Action.CHANGE_OWN_PASSWORD, null);
        Long accountId = ((HemicycleUser) actor).id();
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        if (attempts.isPasswordCheckBlocked(accountId)) {
            throw new TooManyAttempts(attempts.minutesUntilRetry());
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            attempts.recordPasswordCheckFailure(accountId);
            throw new AccountRuleViolation("currentPassword", "account.error.current-password-wrong");
        }
        checkPasswordStrength("newPassword", newPassword, account.getEmail(), account.getDisplayName());
        account.changePassword(passwordEncoder.encode(newPassword));
        // Links sent before (an address change asked by whoever knew the old password) die with it.
        tokens.deleteByAccountId(accountId);
        securityVersions.changedInThisTransaction(accountId, account.getEmail());
    }

    /** Gives the named platform admin a new password, creating the account if needed; their sessions end. */
    @Transactional
    public void resetAdmin(String email, String displayName, String newPassword) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> existing = accounts.findByEmailIgnoreCase(address);
        if (existing.isEmpty()) {
            create(Actor.platform("Hemicycle"), new NewAccount(address, displayName, newPassword, PlatformRole.ADMIN));
            return;
        }
        checkPasswordStrength("password", newPassword, address, displayName);
        existing.get().recoverAsAdmin(passwordEncoder.encode(newPassword));
        securityVersions.changedInThisTransaction(existing.get().getId(), existing.get().getEmail());
    }

    @Transactional
    public void grant(Actor actor, Long accountId, Long parliamentId, ParliamentRole role) {
        AccountPolicy.TABLE.check(actor, AccountPolicy.Action.GRANT_ROLE, null);
        if (!parliaments.exists(parliamentId)) {
            throw new AccountRuleViolation("parliamentId", "admin.users.error.unknown-parliament");
        }
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        if (grants.existsByUserIdAndParliamentIdAndRole(accountId, parliamentId, role)) {
            throw new AccountRuleViolation(null, "account.error.role-already-held");
        }
        grants.save(new RoleGrant(accountId, parliamentId, role));
        account.rolesChanged();
        securityVersions.changedInThisTransaction(accountId, account.getEmail());
    }

    @Transactional
    public void revoke(Actor actor, Long accountId, Long grantId) {
        AccountPolicy.TABLE.check(actor, AccountPolicy.Action.REVOKE_ROLE, null);
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        RoleGrant grant = grants.findByIdAndUserId(grantId, accountId).orElseThrow(AccountNotFound::new);
        grants.delete(grant);
        account.rolesChanged();
        securityVersions.changedInThisTransaction(accountId, account.getEmail());
    }

    public AccountSummary summary(Actor actor, Long accountId) {
        AccountPolicy.TABLE.check(actor, AccountPolicy.Action.LIST_ACCOUNTS, null);
        UserAccount account = accounts.findById(accountId).orElseThrow(AccountNotFound::new);
        return toSummary(account, grants.findByUserId(accountId));
    }

    /**
     * The public names shown with what people wrote, by account. A deleted account has none: its contributions are
     * shown as by a deleted participant. Never an address.
     */
    public Map<Long, String> publicNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(accountIds).stream().filter(account -> !account.isDeleted())
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    /** Who holds a role in a parliament, by account, with their public names in alphabetical order. */
    public Map<Long, String> holdersOf(Long parliamentId, ParliamentRole role) {
        Map<Long, String> names = publicNames(grants.findByParliamentIdAndRole(parliamentId, role).stream()
                .map(RoleGrant::getUserId).toList());
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** None for a deleted account or an address not yet confirmed: nothing is sent where it may not be wanted. */
    public Optional<Recipient> recipient(Long accountId) {
        return accounts.findById(accountId).filter(account -> !account.isDeleted() && account.isEmailConfirmed())
                .map(account -> new Recipient(account.getId(), account.getEmail(), account.getDisplayName(),
                        SiteLanguages.supportedOrDefault(Locale.forLanguageTag(account.getLanguage()))));
    }

    public List<AccountSummary> all(Actor actor) {
        AccountPolicy.TABLE.check(actor, AccountPolicy.Action.LIST_ACCOUNTS, null);
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

    /** Length, then guessability (ASVS 2.1.7): common passwords, repeats, sequences, the person's own name. */
    static void checkPasswordStrength(String field, String password, String email, String displayName) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountRuleViolation(field, "account.error.password-too-short");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new AccountRuleViolation(field, "account.error.password-too-long");
        }
        List<String> personal = new ArrayList<>(List.of("hemicycle", "parliament", "parlamento", "congreso", "parlement"));
        if (email != null) {
            personal.addAll(List.of(email.split("[@.]")));
        }
        if (displayName != null) {
            personal.addAll(List.of(displayName.split("\\s+")));
        }
        if (STRENGTH.measure(password, personal).getScore() < MIN_PASSWORD_SCORE) {
            throw new AccountRuleViolation(field, "account.error.password-guessable");
        }
    }
}
