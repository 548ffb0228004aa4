package org.hemicycle.account;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform admin on an installation that has none. Automated installs pass the
 * credentials in the environment; otherwise a random password is printed once, never a fixed one.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstAdminBootstrap(AccountService accounts, @Value("${hemicycle.admin.email:}") String email,
                        @Value("${hemicycle.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email.isBlank() ? "admin@hemicycle.local" : email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAdmin()) {
            return;
        }
        boolean generated = password.isBlank();
        String initialPassword = generated ? randomPassword() : password;
        accounts.create(new NewAccount(email, "Administrator", initialPassword, PlatformRole.ADMIN));
        if (generated) {
            log.warn("""

                    ================================================================
                    First platform admin created: {}
                    Password (shown once, change it after signing in): {}
                    ================================================================""", email, initialPassword);
        } else {
            log.info("First platform admin created: {}", email);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
