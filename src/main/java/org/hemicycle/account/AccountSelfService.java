package org.hemicycle.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.hemicycle.account.internal.AccountToken;
import org.hemicycle.account.internal.AccountToken.Purpose;
import org.hemicycle.account.internal.AccountTokenRepository;
import org.hemicycle.account.internal.LoginAttemptLimiter;
import org.hemicycle.account.internal.RoleGrantRepository;
import org.hemicycle.account.internal.SecurityVersions;
import org.hemicycle.account.internal.UserAccount;
import org.hemicycle.account.internal.UserAccountRepository;
import org.hemicycle.mail.Mail;
import org.hemicycle.mail.Mailer;
import org.hemicycle.site.PublicAddress;
import org.hemicycle.site.RateLimited;
import org.hemicycle.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What people do with their own account without an admin: sign up and confirm their address, choose a new password
 * through a link sent to it, change it, and delete the account. Answers never say whether an address has an account
 * (the person who owns the address learns it by email instead), and the links sent are single-use and expire.
 *
 * <p>Limits are counted before each action's transaction opens, each in a short transaction of its own: a flood of
 * requests then holds one database connection per request, not two.
 */
@Service
public class AccountSelfService {

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final RoleGrantRepository grants;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttemptLimiter limiter;
    private final SecurityVersions securityVersions;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PublicAddress address;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final int linksPerWindow;
    private final SecureRandom random = new SecureRandom();

    AccountSelfService(UserAccountRepository accounts, AccountTokenRepository tokens, RoleGrantRepository grants,
                       PasswordEncoder passwordEncoder, LoginAttemptLimiter limiter, SecurityVersions securityVersions,
                       Mailer mailer, MessageSource messages, PublicAddress address, PlatformTransactionManager transactions,
                       @Value("${hemicycle.accounts.emails-per-window:5}") int linksPerWindow) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.grants = grants;
        this.passwordEncoder = passwordEncoder;
        this.limiter = limiter;
        this.securityVersions = securityVersions;
        this.mailer = mailer;
        this.messages = messages;
        this.address = address;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.linksPerWindow = linksPerWindow;
    }

    /**
     * A sign-up, answered alike whether or not the address has an account. A new address gets an account waiting for
     * confirmation; an address whose account waits already gets a new link carrying this sign-up's password (the
     * account keeps the one of whichever link is confirmed, with its password); a confirmed address is told by email.
     */
    public void signUp(SignUp request, Locale language, String remoteAddress) {
        String email = normalized(request.email());
        String name = request.displayName() == null ? "" : request.displayName().strip();
        if (name.isEmpty()) {
            throw new AccountRuleViolation("displayName", "account.error.display-name-required");
        }
        AccountService.checkPasswordStrength("password", request.password(), email, name);
        limit("signup|" + remoteAddress);
        limit("mail|signup|" + email);
        // Hashed whatever follows, so that the time of the answer does not tell a taken address from a new one.
        String passwordHash = passwordEncoder.encode(request.password());
        String tag = SiteLanguages.supportedOrDefault(language).toLanguageTag();
        inTransaction(() -> {
            Optional<UserAccount> existing = accounts.findByEmailIgnoreCase(email);
            if (existing.isEmpty()) {
                sendConfirmation(accounts.save(UserAccount.signedUp(email, name, passwordHash, tag)), passwordHash, name);
            } else if (!existing.get().isEmailConfirmed()) {
                sendConfirmation(existing.get(), passwordHash, name);
            } else {
                mail(existing.get(), "account.mail.exists", address.of("/login"), address.of("/password-reset"));
            }
            return null;
        });
    }

    /** Sends a new confirmation link to an address whose account waits for one; otherwise sends nothing. */
    public void resendConfirmation(String email, String remoteAddress) {
        limit("resend|" + remoteAddress);
        String normalized = normalized(email);
        limit("mail|signup|" + normalized);
        inTransaction(() -> {
            accounts.findByEmailIgnoreCase(normalized).filter(account -> !account.isEmailConfirmed() && account.isEnabled())
                    .ifPresent(account -> sendConfirmation(account, account.getPasswordHash(), account.getDisplayName()));
            return null;
        });
    }

    /**
     * Confirms the address of a sign-up, given the password chosen with it: the mailbox alone (someone else's
     * sign-up with your address) or the password alone (without the mailbox) confirms nothing.
     */
    public void confirmEmail(String token, String password) {
        inTransaction(() -> {
            AccountToken found = valid(token, Purpose.CONFIRM_EMAIL);
            String hash = found.getPasswordHash();
            if (hash == null || password == null || !passwordEncoder.matches(password, hash)) {
                throw new AccountRuleViolation("password", "account.error.confirm-password-wrong");
            }
            spend(found);
            UserAccount account = accounts.findById(found.getAccountId()).filter(UserAccount::isEnabled)
                    .orElseThrow(InvalidLink::new);
            account.confirmSignUp(hash, found.getDisplayName() != null ? found.getDisplayName() : account.getDisplayName());
            tokens.deleteByAccountIdAndPurpose(account.getId(), Purpose.CONFIRM_EMAIL);
            return null;
        });
    }

    /** Sends a link to choose a new password, if the address has an account; the answer is the same either way. */
    public void requestPasswordReset(String email, String remoteAddress) {
        limit("reset|" + remoteAddress);
        String normalized = normalized(email);
        limit("mail|reset|" + normalized);
        inTransaction(() -> {
            accounts.findByEmailIgnoreCase(normalized).filter(UserAccount::isEnabled).ifPresent(account -> {
                tokens.deleteByAccountIdAndPurpose(account.getId(), Purpose.RESET_PASSWORD);
                AccountToken.Issued issued = AccountToken.issue(account.getId(), Purpose.RESET_PASSWORD, null);
                tokens.save(issued.row());
                mail(account, "account.mail.reset", link("/password-reset/choose", issued.token()));
            });
            return null;
        });
    }

    /** Whether a link to choose a password is still good, so that its form is shown only then. */
    public boolean isValidResetLink(String token) {
        return Boolean.TRUE.equals(readOnly.execute(status ->
                find(token).filter(found -> found.isValidFor(Purpose.RESET_PASSWORD)).isPresent()));
    }

    /**
     * Sets the new password, ends every session of the account, spends every link it had out (an address change
     * asked by whoever had the old password included), and confirms the address, which the link proved.
     */
    public void resetPassword(String token, String newPassword) {
        inTransaction(() -> {
            AccountToken found = valid(token, Purpose.RESET_PASSWORD);
            UserAccount account = accounts.findById(found.getAccountId()).filter(UserAccount::isEnabled)
                    .orElseThrow(InvalidLink::new);
            AccountService.checkPasswordStrength("newPassword", newPassword, account.getEmail(), account.getDisplayName());
            spend(found);
            account.changePassword(passwordEncoder.encode(newPassword));
            account.confirmEmail();
            tokens.deleteByAccountId(account.getId());
            securityVersions.changedInThisTransaction(account.getId(), account.getEmail());
            return null;
        });
    }

    /** Sends a link to the new address; the account's address changes only when it is followed. */
    public void requestEmailChange(Actor actor, String newEmail, String currentPassword) {
        Long accountId = signedInId(actor);
        String email = normalized(newEmail);
        limit("change|" + accountId);
        limit("mail|change|" + email);
        inTransaction(() -> {
            UserAccount account = signedIn(accountId);
            checkPassword(account, currentPassword);
            if (email.isEmpty() || !email.contains("@") || email.length() > 254) {
                throw new AccountRuleViolation("newEmail", "account.error.email-invalid");
            }
            if (email.equalsIgnoreCase(account.getEmail())) {
                throw new AccountRuleViolation("newEmail", "account.error.email-same");
            }
            if (accounts.existsByEmailIgnoreCase(email)) {
                throw new AccountRuleViolation("newEmail", "account.error.email-taken");
            }
            tokens.deleteByAccountIdAndPurpose(account.getId(), Purpose.CHANGE_EMAIL);
            AccountToken.Issued issued = AccountToken.issue(account.getId(), Purpose.CHANGE_EMAIL, email);
            tokens.save(issued.row());
            // No name in it: the address is anyone's the person typed, not yet shown to be theirs.
            mailer.queue(Mail.toAccount(account.getId(), email, language(account), text(account, "account.mail.change.subject"),
                    text(account, "account.mail.change.body", "", link("/email-change/confirm", issued.token()))));
            return null;
        });
    }

    /** Moves the account to its new address, ends its sessions, spends its other links and tells the old address. */
    public void confirmEmailChange(String token) {
        inTransaction(() -> {
            AccountToken found = valid(token, Purpose.CHANGE_EMAIL);
            UserAccount account = accounts.findById(found.getAccountId()).filter(UserAccount::isEnabled)
                    .orElseThrow(InvalidLink::new);
            String newEmail = found.getNewEmail();
            if (newEmail == null) {
                throw new InvalidLink();
            }
            if (accounts.existsByEmailIgnoreCase(newEmail)) {
                throw new AccountRuleViolation(null, "account.error.email-taken");
            }
            spend(found);
            String oldEmail = account.getEmail();
            account.changeEmail(newEmail);
            tokens.deleteByAccountId(account.getId());
            securityVersions.changedInThisTransaction(account.getId(), oldEmail);
            mailer.queue(Mail.toAccount(account.getId(), oldEmail, language(account), text(account, "account.mail.changed.subject"),
                    text(account, "account.mail.changed.body", account.getDisplayName(), newEmail)));
            return null;
        });
    }

    /**
     * Deletes the person's account: their address, name and password are erased, their roles and links removed, the
     * messages sent to them and the counts kept under their address forgotten; what they contributed stays, shown as
     * by a deleted participant. The last platform admin cannot leave the installation without one.
     */
    public void delete(Actor actor, String currentPassword) {
        Long accountId = signedInId(actor);
        inTransaction(() -> {
            UserAccount account = signedIn(accountId);
            checkPassword(account, currentPassword);
            if (account.getPlatformRole() == PlatformRole.ADMIN && accounts.lockEnabledByPlatformRole(PlatformRole.ADMIN).size() <= 1) {
                throw new AccountRuleViolation(null, "account.error.last-admin");
            }
            String email = account.getEmail();
            grants.deleteByUserId(account.getId());
            tokens.deleteByAccountId(account.getId());
            mailer.forget(account.getId(), email);
            limiter.forget(email);
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            account.erase(passwordEncoder.encode(Base64.getEncoder().encodeToString(bytes)));
            securityVersions.changedInThisTransaction(account.getId(), email);
            return null;
        });
    }

    /** The language of the messages sent to the signed-in person. */
    public void chooseLanguage(Actor actor, Locale language) {
        Long accountId = signedInId(actor);
        inTransaction(() -> {
            signedIn(accountId).chooseLanguage(SiteLanguages.supportedOrDefault(language).toLanguageTag());
            return null;
        });
    }

    public Locale languageOf(Actor actor) {
        Long accountId = signedInId(actor);
        return readOnly.execute(status -> language(signedIn(accountId)));
    }

    private static Long signedInId(Actor actor) {
        AccountPolicy.TABLE.check(actor, AccountPolicy.Action.CHANGE_OWN_PASSWORD, null);
        return ((HemicycleUser) actor).id();
    }

    private UserAccount signedIn(Long accountId) {
        return accounts.findById(accountId).filter(UserAccount::isEnabled).orElseThrow(AccountNotFound::new);
    }

    private void checkPassword(UserAccount account, String currentPassword) {
        if (limiter.isPasswordCheckBlocked(account.getId())) {
            throw new TooManyAttempts(limiter.minutesUntilRetry());
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            limiter.recordPasswordCheckFailure(account.getId());
            throw new AccountRuleViolation("currentPassword", "account.error.current-password-wrong");
        }
    }

    /** A new link for this sign-up; earlier links stay good, each with the password of its own sign-up. */
    private void sendConfirmation(UserAccount account, String passwordHash, String name) {
        AccountToken.Issued issued = AccountToken.signUp(account.getId(), passwordHash, name);
        tokens.save(issued.row());
        // No name in it: whoever signed up chose it, and the address is not yet shown to be theirs.
        mailer.queue(Mail.toAccount(account.getId(), account.getEmail(), language(account),
                text(account, "account.mail.confirm.subject"),
                text(account, "account.mail.confirm.body", "", link("/signup/confirm", issued.token()))));
    }

    /** A message to the account's address in its language: {0} is the person's name, then the given links. */
    private void mail(UserAccount account, String key, String... links) {
        Object[] arguments = new Object[links.length + 1];
        arguments[0] = account.getDisplayName();
        System.arraycopy(links, 0, arguments, 1, links.length);
        mailer.queue(Mail.toAccount(account.getId(), account.getEmail(), language(account), text(account, key + ".subject"),
                text(account, key + ".body", arguments)));
    }

    private String text(UserAccount account, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language(account));
    }

    private static Locale language(UserAccount account) {
        return SiteLanguages.supportedOrDefault(Locale.forLanguageTag(account.getLanguage()));
    }

    private String link(String path, String token) {
        return address.of(UriComponentsBuilder.fromPath(path).queryParam("token", token).build().toUriString());
    }

    private AccountToken valid(String token, Purpose purpose) {
        return find(token).filter(found -> found.isValidFor(purpose)).orElseThrow(InvalidLink::new);
    }

    /** Two requests with the same link at once: the one that does not remove it is refused, as for a used link. */
    private void spend(AccountToken token) {
        if (tokens.spend(token.getId()) != 1) {
            throw new InvalidLink();
        }
    }

    private Optional<AccountToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(AccountToken.hash(token));
    }

    private void limit(String subject) {
        if (!limiter.countWithin(subject, linksPerWindow)) {
            throw new RateLimited(limiter.minutesUntilRetry());
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private static String normalized(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
