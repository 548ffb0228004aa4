package org.hemicycle.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
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
import org.hemicycle.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What people do with their own account without an admin: sign up and confirm their address, choose a new password
 * through a link sent to it, change it, and delete the account. Answers never say whether an address has an account
 * (the person who owns the address learns it by email instead), and the links sent are single-use and expire.
 */
@Service
@Transactional
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
    private final int linksPerWindow;
    private final SecureRandom random = new SecureRandom();

    AccountSelfService(UserAccountRepository accounts, AccountTokenRepository tokens, RoleGrantRepository grants,
                       PasswordEncoder passwordEncoder, LoginAttemptLimiter limiter, SecurityVersions securityVersions,
                       Mailer mailer, MessageSource messages, PublicAddress address,
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
        this.linksPerWindow = linksPerWindow;
    }

    /**
     * Opens an account whose address is to be confirmed. An address that already has an account is told so by
     * email, and the answer here is the same, so that sign-up cannot be used to find out who has an account.
     */
    public void signUp(SignUp request, Locale language, String remoteAddress) {
        String email = normalized(request.email());
        String name = request.displayName() == null ? "" : request.displayName().strip();
        if (name.isEmpty()) {
            throw new AccountRuleViolation("displayName", "account.error.display-name-required");
        }
        AccountService.checkPasswordStrength("password", request.password(), email, name);
        limit("signup|" + remoteAddress);
        limit("mail|" + email);
        String tag = SiteLanguages.supportedOrDefault(language).toLanguageTag();
        Optional<UserAccount> existing = accounts.findByEmailIgnoreCase(email);
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (!account.isEmailConfirmed()) {
                sendConfirmation(account);
            } else {
                mail(account, "account.mail.exists", address.of("/login"), address.of("/password-reset"));
            }
            return;
        }
        UserAccount account = accounts.save(UserAccount.signedUp(email, name, passwordEncoder.encode(request.password()), tag));
        sendConfirmation(account);
    }

    /** Sends the confirmation link again to an address whose account is waiting for it; otherwise sends nothing. */
    public void resendConfirmation(String email, String remoteAddress) {
        limit("resend|" + remoteAddress);
        String normalized = normalized(email);
        limit("mail|" + normalized);
        accounts.findByEmailIgnoreCase(normalized).filter(account -> !account.isEmailConfirmed() && account.isEnabled())
                .ifPresent(this::sendConfirmation);
    }

    public void confirmEmail(String token) {
        AccountToken found = valid(token, Purpose.CONFIRM_EMAIL);
        accounts.findById(found.getAccountId()).ifPresent(UserAccount::confirmEmail);
        tokens.delete(found);
    }

    /** Sends a link to choose a new password, if the address has an account; the answer is the same either way. */
    public void requestPasswordReset(String email, String remoteAddress) {
        limit("reset|" + remoteAddress);
        String normalized = normalized(email);
        limit("mail|" + normalized);
        accounts.findByEmailIgnoreCase(normalized).filter(UserAccount::isEnabled).ifPresent(account -> {
            tokens.deleteByAccountIdAndPurpose(account.getId(), Purpose.RESET_PASSWORD);
            AccountToken.Issued issued = AccountToken.issue(account.getId(), Purpose.RESET_PASSWORD, null);
            tokens.save(issued.row());
            mail(account, "account.mail.reset", link("/password-reset/choose", issued.token()));
        });
    }

    /** Whether a link to choose a password is still good, so that its form is shown only then. */
    @Transactional(readOnly = true)
    public boolean isValidResetLink(String token) {
        return find(token).filter(found -> found.isValidFor(Purpose.RESET_PASSWORD)).isPresent();
    }

    /**
     * Sets the new password, ends every session of the account, and confirms the address (the link proved it).
     */
    public void resetPassword(String token, String newPassword) {
        AccountToken found = valid(token, Purpose.RESET_PASSWORD);
        UserAccount account = accounts.findById(found.getAccountId()).filter(UserAccount::isEnabled).orElseThrow(InvalidLink::new);
        AccountService.checkPasswordStrength("newPassword", newPassword, account.getEmail(), account.getDisplayName());
        account.changePassword(passwordEncoder.encode(newPassword));
        account.confirmEmail();
        tokens.deleteByAccountIdAndPurpose(account.getId(), Purpose.RESET_PASSWORD);
        securityVersions.changedInThisTransaction(account.getId(), account.getEmail());
    }

    /** Sends a link to the new address; the account's address changes only when it is followed. */
    public void requestEmailChange(Actor actor, String newEmail, String currentPassword) {
        UserAccount account = signedIn(actor);
        checkPassword(account, currentPassword);
        String email = normalized(newEmail);
        if (email.isEmpty() || !email.contains("@") || email.length() > 254) {
            throw new AccountRuleViolation("newEmail", "account.error.email-invalid");
        }
        if (email.equalsIgnoreCase(account.getEmail())) {
            throw new AccountRuleViolation("newEmail", "account.error.email-same");
        }
        if (accounts.existsByEmailIgnoreCase(email)) {
            throw new AccountRuleViolation("newEmail", "account.error.email-taken");
        }
        limit("mail|" + email);
        tokens.deleteByAccountIdAndPurpose(account.getId(), Purpose.CHANGE_EMAIL);
        AccountToken.Issued issued = AccountToken.issue(account.getId(), Purpose.CHANGE_EMAIL, email);
        tokens.save(issued.row());
        mailer.queue(Mail.about(email, language(account), text(account, "account.mail.change.subject"),
                text(account, "account.mail.change.body", account.getDisplayName(), link("/email-change/confirm", issued.token()))));
    }

    /** Moves the account to its new address, ends its sessions and tells the old address. */
    public void confirmEmailChange(String token) {
        AccountToken found = valid(token, Purpose.CHANGE_EMAIL);
        UserAccount account = accounts.findById(found.getAccountId()).filter(UserAccount::isEnabled).orElseThrow(InvalidLink::new);
        String newEmail = found.getNewEmail();
        if (newEmail == null) {
            throw new InvalidLink();
        }
        if (accounts.existsByEmailIgnoreCase(newEmail)) {
            throw new AccountRuleViolation(null, "account.error.email-taken");
        }
        String oldEmail = account.getEmail();
        account.changeEmail(newEmail);
        tokens.deleteByAccountIdAndPurpose(account.getId(), Purpose.CHANGE_EMAIL);
        securityVersions.changedInThisTransaction(account.getId(), oldEmail);
        mailer.queue(Mail.about(oldEmail, language(account), text(account, "account.mail.changed.subject"),
                text(account, "account.mail.changed.body", account.getDisplayName(), newEmail)));
    }

    /**
     * Deletes the person's account: their address, name and password are erased, their roles and links removed, the
     * messages sent to them forgotten; what they contributed stays, shown as by a deleted participant. The last
     * platform admin cannot leave the installation without one.
     */
    public void delete(Actor actor, String currentPassword) {
        UserAccount account = signedIn(actor);
        checkPassword(account, currentPassword);
        if (account.getPlatformRole() == PlatformRole.ADMIN && accounts.countByPlatformRoleAndEnabledTrue(PlatformRole.ADMIN) <= 1) {
            throw new AccountRuleViolation(null, "account.error.last-admin");
        }
        String email = account.getEmail();
        grants.deleteByUserId(account.getId());
        tokens.deleteByAccountId(account.getId());
        mailer.forget(email);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        account.erase(passwordEncoder.encode(Base64.getEncoder().encodeToString(bytes)));
        securityVersions.changedInThisTransaction(account.getId(), email);
    }

    /** The language of the messages sent to the signed-in person. */
    public void chooseLanguage(Actor actor, Locale language) {
        signedIn(actor).chooseLanguage(SiteLanguages.supportedOrDefault(language).toLanguageTag());
    }

    @Transactional(readOnly = true)
    public Locale languageOf(Actor actor) {
        return language(signedIn(actor));
    }

    private UserAccount signedIn(Actor actor) {
        AccountPolicy.TABLE.check(actor, AccountPolicy.Action.CHANGE_OWN_PASSWORD, null);
        return accounts.findById(((HemicycleUser) actor).id()).filter(UserAccount::isEnabled).orElseThrow(AccountNotFound::new);
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

    private void sendConfirmation(UserAccount account) {
        tokens.deleteByAccountIdAndPurpose(account.getId(), Purpose.CONFIRM_EMAIL);
        AccountToken.Issued issued = AccountToken.issue(account.getId(), Purpose.CONFIRM_EMAIL, null);
        tokens.save(issued.row());
        mail(account, "account.mail.confirm", link("/signup/confirm", issued.token()));
    }

    /** A message to the account's address in its language: {0} is the person's name, then the given links. */
    private void mail(UserAccount account, String key, String... links) {
        Object[] arguments = new Object[links.length + 1];
        arguments[0] = account.getDisplayName();
        System.arraycopy(links, 0, arguments, 1, links.length);
        mailer.queue(Mail.about(account.getEmail(), language(account), text(account, key + ".subject"),
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

    private Optional<AccountToken> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(AccountToken.hash(token));
    }

    private void limit(String subject) {
        if (!limiter.countWithin(subject, linksPerWindow)) {
            throw new TooManyAttempts(limiter.minutesUntilRetry());
        }
    }

    private static String normalized(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
