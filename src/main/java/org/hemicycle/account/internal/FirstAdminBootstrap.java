package org.hemicycle.account.internal;

import java.security.SecureRandom;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.Actor;
import org.hemicycle.account.NewAccount;
import org.hemicycle.account.PlatformRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform admin on an installation that has none. Automated installs pass the
 * credentials in the environment; otherwise a random password is printed once, never a fixed one.
 */
@Component
public class FirstAdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountService accounts;
    private final String email;
    private final String password;
    private final boolean reset;

    public FirstAdminBootstrap(AccountService accounts, @Value("${hemicycle.admin.email:}") String email,
                        @Value("${hemicycle.admin.password:}") String password,
                        @Value("${hemicycle.admin.reset:false}") boolean reset) {
        this.accounts = accounts;
        this.email = email.isBlank() ? "admin@hemicycle.local" : email;
        this.password = password;
        this.reset = reset;
    }

    /** Before the web server starts: the sign-in page never answers before the admin exists. */
    @Override
    public void afterSingletonsInstantiated() {
        if (reset) {
            recover();
            return;
        }
        if (accounts.hasAdmin()) {
            return;
        }
        boolean generated = password.isBlank();
        String initialPassword = generated ? randomPassword() : password;
        accounts.create(Actor.platform("Hemicycle"), new NewAccount(email, "Administrator", initialPassword, PlatformRole.ADMIN));
        announce("First platform admin created", generated, initialPassword);
    }

    /**
     * Regains access when the admin's password is lost: whoever can restart the server with
     * HEMICYCLE_ADMIN_RESET=true sets a new one (generated, or HEMICYCLE_ADMIN_PASSWORD), and the account's
     * open sessions end. The account is created if it does not exist.
     */
    private void recover() {
        boolean generated = password.isBlank();
        String newPassword = generated ? randomPassword() : password;
        accounts.resetAdmin(email, "Administrator", newPassword);
        announce("Platform admin password reset", generated, newPassword);
        log.warn("Restart without HEMICYCLE_ADMIN_RESET, or every start will reset the password again.");
    }

    private void announce(String what, boolean generated, String newPassword) {
        if (generated) {
            log.warn("""

                    ================================================================
                    {}: {}
                    Password (shown once, change it after signing in): {}
                    ================================================================""", what, email, newPassword);
        } else {
            log.info("{}: {}", what, email);
        }
    }

    public static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
