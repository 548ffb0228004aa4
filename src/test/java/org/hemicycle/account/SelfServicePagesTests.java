package org.hemicycle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What people do with their own account through the site: sign up and confirm, choose a new password, change their
 * address, delete the account; with the outbox standing in for their mailbox (no mail server in these tests).
 */
@HemicycleTest
class SelfServicePagesTests {

    private static final Pattern TOKEN_LINK = Pattern.compile("http://localhost(?::\\d+)?(/[\\w/-]+)\\?token=([\\w-]+)");
    private static final String STRONG = "tidal orchard lantern quietly";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCitizenSignsUpConfirmsTheAddressAndSignsIn() throws Exception {
        String email = Fixtures.unique("citizen") + "@example.org";
        mvc.perform(get("/signup").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Public name")))
                .andExpect(content().string(containsString("name=\"website\"")));

        mvc.perform(signUp("Ana P.", email, STRONG, STRONG, from("10.8.0.1"))).andExpect(redirectedUrl("/signup/sent"));
        mvc.perform(get("/signup/sent").param("lang", "en")).andExpect(content().string(containsString("Check your inbox")));

        // Not before the address is confirmed; said only to whoever knows the password.
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(STRONG))
                .andExpect(redirectedUrl("/login?unconfirmed"));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password("not the password at all"))
                .andExpect(redirectedUrl("/login?error"));

        String[] link = link(latestMailTo(email, "Confirm your email address"));
        assertThat(link[0]).isEqualTo("/signup/confirm");
        mvc.perform(get(link[0]).param("token", link[1]).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirm my address")));
        assertThat(confirmedAt(email)).as("a visit alone, as a mail scanner's, confirms nothing").isNull();
        // The mailbox alone confirms nothing: the password chosen with the sign-up goes with the link.
        mvc.perform(post(link[0]).param("token", link[1]).param("password", "not the password at all").with(csrf())
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not the password chosen with this sign-up")));
        assertThat(confirmedAt(email)).isNull();
        mvc.perform(post(link[0]).param("token", link[1]).param("password", STRONG).with(csrf()))
                .andExpect(redirectedUrl("/login?confirmed"));
        assertThat(confirmedAt(email)).isNotNull();
        // A used link is spent.
        mvc.perform(post(link[0]).param("token", link[1]).param("password", STRONG).with(csrf()).param("lang", "en"))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link no longer works")));

        MockHttpSession session = signIn(email, STRONG, "/account");
        mvc.perform(get("/account").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ana P.")))
                .andExpect(content().string(not(containsString("Your plans"))));
        mvc.perform(get("/manage").session(session)).andExpect(status().isOk());
    }

    @Test
    void signingUpWithATakenAddressAnswersAlikeAndTellsTheOwnerByEmail() throws Exception {
        HemicycleUser existing = fixtures.editor(fixtures.parliament(null));
        long accountsBefore = count("user_account");

        mvc.perform(signUp("Someone Else", existing.email(), STRONG, STRONG, from("10.8.0.2"))).andExpect(redirectedUrl("/signup/sent"));

        assertThat(count("user_account")).isEqualTo(accountsBefore);
        String body = latestMailTo(existing.email(), "You already have a Hemicycle account");
        assertThat(body).contains("/login").contains("/password-reset");
    }

    @Test
    void refusedSignUpsSayWhyInTheUsersLanguageAndSaveNothing() throws Exception {
        long accountsBefore = count("user_account");
        String email = Fixtures.unique("refused") + "@example.org";

        mvc.perform(signUp(" ", "not-an-address", "short", "other", from("10.8.0.3")).param("lang", "es"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Escriba un valor")))
                .andExpect(content().string(containsString("formato correcto")));
        mvc.perform(signUp("Ana", email, "password12345", "password12345", from("10.8.0.3")).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("too easy to guess")));
        mvc.perform(signUp("Ana", email, STRONG, STRONG + "!", from("10.8.0.3")).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not the same")));

        assertThat(count("user_account")).isEqualTo(accountsBefore);
        assertThat(mailsTo(email)).isZero();
    }

    @Test
    void aBotThatFillsTheHoneypotIsAnsweredAsAnyoneAndCreatesNothing() throws Exception {
        String email = Fixtures.unique("bot") + "@example.org";
        mvc.perform(signUp("Bot", email, STRONG, STRONG, from("10.8.0.4")).param("website", "http://spam.example"))
                .andExpect(redirectedUrl("/signup/sent"));
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email)).isZero();
        assertThat(mailsTo(email)).isZero();
    }

    @Test
    void parallelSignUpsFromOneAddressStopAtTheLimitWithA429() throws Exception {
        String address = "10.8.1." + (System.nanoTime() % 200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String email = Fixtures.unique("flood") + "@example.org";
                Callable<Integer> attempt = () -> mvc.perform(signUp("Flood", email, STRONG, STRONG, from(address)))
                        .andReturn().getResponse().getStatus();
                answers.add(pool.submit(attempt));
            }
            int accepted = 0;
            int limited = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                if (status == 302) {
                    accepted++;
                } else if (status == 429) {
                    limited++;
                }
            }
            assertThat(accepted).as("sign-ups let through").isBetween(1, 5);
            assertThat(accepted + limited).isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
        mvc.perform(signUp("Late", Fixtures.unique("late") + "@example.org", STRONG, STRONG, from(address)).param("lang", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(content().string(containsString("Try again in 10 minutes")));
    }

    @Test
    void aForgottenPasswordIsReplacedThroughASingleUseLink() throws Exception {
        HemicycleUser user = fixtures.editor(fixtures.parliament(null));

        mvc.perform(post("/password-reset").with(csrf()).with(from("10.8.0.5")).param("email", user.email()))
                .andExpect(redirectedUrl("/password-reset/sent"));
        // An address without an account gets the same answer, and no message.
        String nobody = Fixtures.unique("nobody") + "@example.org";
        mvc.perform(post("/password-reset").with(csrf()).with(from("10.8.0.5")).param("email", nobody))
                .andExpect(redirectedUrl("/password-reset/sent"));
        assertThat(mailsTo(nobody)).isZero();

        String[] link = link(latestMailTo(user.email(), "Choose a new Hemicycle password"));
        assertThat(link[0]).isEqualTo("/password-reset/choose");
        mvc.perform(get(link[0]).param("token", link[1]).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(post(link[0]).with(csrf()).param("token", link[1]).param("newPassword", "short")
                        .param("confirmPassword", "short").param("lang", "en"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(link[0]).with(csrf()).param("token", link[1]).param("newPassword", STRONG)
                        .param("confirmPassword", STRONG))
                .andExpect(redirectedUrl("/login?password-reset"));

        mvc.perform(formLogin("/login").userParameter("email").user(user.email()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        signIn(user.email(), STRONG, "/manage");
        mvc.perform(get(link[0]).param("token", link[1])).andExpect(status().isGone());
        mvc.perform(post(link[0]).with(csrf()).param("token", link[1]).param("newPassword", STRONG + " again")
                .param("confirmPassword", STRONG + " again")).andExpect(status().isGone());
        mvc.perform(get(link[0]).param("token", "made-up-token")).andExpect(status().isGone());
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        HemicycleUser user = fixtures.editor(fixtures.parliament(null));
        mvc.perform(post("/password-reset").with(csrf()).with(from("10.8.0.6")).param("email", user.email()))
                .andExpect(redirectedUrl("/password-reset/sent"));
        String[] link = link(latestMailTo(user.email(), "Choose a new Hemicycle password"));
        jdbc.update("update account_token set expires_at = created_at where account_id = ?", user.id());

        mvc.perform(post(link[0]).with(csrf()).param("token", link[1]).param("newPassword", STRONG).param("confirmPassword", STRONG))
                .andExpect(status().isGone());
        signIn(user.email(), Fixtures.PASSWORD, "/manage");
    }

    @Test
    void anAddressChangesOnlyOnceTheNewOneIsConfirmedAndTheOldOneIsTold() throws Exception {
        HemicycleUser user = fixtures.editor(fixtures.parliament(null));
        MockHttpSession session = signIn(user.email(), Fixtures.PASSWORD, "/manage");
        String newEmail = Fixtures.unique("moved") + "@example.org";

        mvc.perform(post("/account/email").session(session).with(csrf()).param("lang", "en")
                        .param("newEmail", newEmail).param("currentPassword", "wrong password here"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("current password is not right")));
        mvc.perform(post("/account/email").session(session).with(csrf())
                        .param("newEmail", newEmail).param("currentPassword", Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/account"));
        // Still the old address until the link is followed.
        signIn(user.email(), Fixtures.PASSWORD, "/manage");

        String[] link = link(latestMailTo(newEmail, "Confirm your new email address"));
        assertThat(link[0]).isEqualTo("/email-change/confirm");
        mvc.perform(get(link[0]).param("token", link[1])).andExpect(status().isOk());
        mvc.perform(post(link[0]).with(csrf()).param("token", link[1])).andExpect(redirectedUrl("/login?email-changed"));

        mvc.perform(get("/manage").session(session)).andExpect(redirectedUrl("/login?expired"));
        signIn(newEmail, Fixtures.PASSWORD, "/manage");
        mvc.perform(formLogin("/login").userParameter("email").user(user.email()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(latestMailTo(user.email(), "was changed")).contains(newEmail);
    }

    @Test
    void aDeletedAccountIsErasedSignsInNoMoreAndItsMailIsForgotten() throws Exception {
        String email = Fixtures.unique("leaving") + "@example.org";
        mvc.perform(signUp("Leaving Person", email, STRONG, STRONG, from("10.8.0.7"))).andExpect(redirectedUrl("/signup/sent"));
        confirm(email, STRONG);
        MockHttpSession session = signIn(email, STRONG, "/account");
        Long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        String hashBefore = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, id);

        mvc.perform(get("/account/delete").session(session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("deleted participant")));
        mvc.perform(post("/account/delete").session(session).with(csrf()).param("currentPassword", "wrong password here"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/delete").session(session).with(csrf()).param("currentPassword", STRONG))
                .andExpect(redirectedUrl("/account-deleted"));

        assertThat(session.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email)).isZero();
        assertThat(jdbc.queryForObject("select display_name from user_account where id = ?", String.class, id)).isEmpty();
        assertThat(jdbc.queryForObject("select deleted_at is not null from user_account where id = ?", Boolean.class, id)).isTrue();
        assertThat(mailsTo(email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_message where account_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from account_token where account_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where subject like ?", Long.class, "%|" + email)).isZero();
        assertThat(jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, id)).isNotEqualTo(hashBefore);
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(STRONG)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theOnlyAdminCannotDeleteTheirAccount() throws Exception {
        // Other tests make admins of their own; for this one, the installation's first admin is the only one.
        List<Long> others = jdbc.queryForList("select id from user_account where platform_role = 'ADMIN' and enabled = true"
                + " and email <> 'admin@hemicycle.test'", Long.class);
        others.forEach(other -> jdbc.update("update user_account set enabled = false where id = ?", other));
        try {
            MockHttpSession session = signIn("admin@hemicycle.test", "test-admin-password-1", "/manage");
            mvc.perform(post("/account/delete").session(session).with(csrf()).param("lang", "en")
                            .param("currentPassword", "test-admin-password-1"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("only platform admin")));
            signIn("admin@hemicycle.test", "test-admin-password-1", "/manage");
        } finally {
            others.forEach(other -> jdbc.update("update user_account set enabled = true where id = ?", other));
        }
    }

    @Test
    void messagesGoOutInThePersonsLanguageAndTheLanguageCanBeChanged() throws Exception {
        String email = Fixtures.unique("hablante") + "@example.org";
        mvc.perform(signUp("Luz", email, STRONG, STRONG, from("10.8.0.8")).param("lang", "es")).andExpect(redirectedUrl("/signup/sent"));
        String body = latestMailTo(email, "Confirme su dirección de correo");
        assertThat(body).startsWith("Hola:").doesNotContain("Luz");
        confirm(email, STRONG);
        MockHttpSession session = signIn(email, STRONG, "/account");
        mvc.perform(post("/account/language").session(session).with(csrf()).param("language", "fr")).andExpect(redirectedUrl("/account"));
        mvc.perform(post("/account/language").session(session).with(csrf()).param("language", "xx").param("lang", "en"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/password-reset").with(csrf()).with(from("10.8.0.8")).param("email", email))
                .andExpect(redirectedUrl("/password-reset/sent"));
        assertThat(latestMailTo(email, "Choisissez un nouveau mot de passe")).startsWith("Bonjour Luz,");
    }

    @Test
    void theOutboxIsForPlatformAdminsAndShowsEachMessageWithItsLinks() throws Exception {
        String email = Fixtures.unique("outboxed") + "@example.org";
        mvc.perform(signUp("Outboxed", email, STRONG, STRONG, from("10.8.0.9"))).andExpect(redirectedUrl("/signup/sent"));
        Long id = jdbc.queryForObject("select max(id) from mail_message where recipient = ?", Long.class, email);

        MockHttpSession admin = signIn("admin@hemicycle.test", "test-admin-password-1", "/manage");
        mvc.perform(get("/admin/outbox").session(admin).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Confirm your email address for Hemicycle")));
        mvc.perform(get("/admin/outbox/" + id).session(admin).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Links in this message")))
                .andExpect(content().string(containsString("/signup/confirm?token=")));
        mvc.perform(get("/admin/outbox/999999999").session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox").session(admin).param("page", "0")).andExpect(status().isNotFound());

        HemicycleUser coordinator = fixtures.user(fixtures.parliament(null));
        jdbc.update("update user_account set platform_role = 'COORDINATOR' where id = ?", coordinator.id());
        MockHttpSession coordinatorSession = signIn(coordinator.email(), Fixtures.PASSWORD, "/manage");
        mvc.perform(get("/admin/outbox").session(coordinatorSession)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSignUpSomeoneElseMadeWithYourAddressNeverBecomesYourAccount() throws Exception {
        String email = Fixtures.unique("victim") + "@example.org";
        String attackers = "attacker chosen passphrase nine";
        mvc.perform(signUp("Squatter", email, attackers, attackers, from("10.8.2.1"))).andExpect(redirectedUrl("/signup/sent"));
        String squattersLink = latestMailTo(email, "Confirm your email address");
        // The owner of the address signs up too, later, with a password of their own.
        mvc.perform(signUp("Owner", email, STRONG, STRONG, from("10.8.2.2"))).andExpect(redirectedUrl("/signup/sent"));
        String[] ownersLink = link(latestMailTo(email, "Confirm your email address"));
        assertThat(ownersLink[1]).isNotEqualTo(link(squattersLink)[1]);

        // The owner, holding the mailbox, cannot confirm the squatter's sign-up without its password.
        String[] first = link(squattersLink);
        mvc.perform(post(first[0]).param("token", first[1]).param("password", STRONG).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(ownersLink[0]).param("token", ownersLink[1]).param("password", STRONG).with(csrf()))
                .andExpect(redirectedUrl("/login?confirmed"));

        signIn(email, STRONG, "/account");
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(attackers)).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select display_name from user_account where email = ?", String.class, email)).isEqualTo("Owner");
        // Confirming spent every link of the sign-ups, the squatter's included.
        mvc.perform(post(first[0]).param("token", first[1]).param("password", attackers).with(csrf())).andExpect(status().isGone());
    }

    @Test
    void aPasswordResetSpendsAnAddressChangeAskedBefore() throws Exception {
        HemicycleUser user = fixtures.editor(fixtures.parliament(null));
        MockHttpSession session = signIn(user.email(), Fixtures.PASSWORD, "/manage");
        String elsewhere = Fixtures.unique("elsewhere") + "@example.org";
        mvc.perform(post("/account/email").session(session).with(csrf()).param("newEmail", elsewhere)
                .param("currentPassword", Fixtures.PASSWORD)).andExpect(redirectedUrl("/account"));
        String[] change = link(latestMailTo(elsewhere, "Confirm your new email address"));

        mvc.perform(post("/password-reset").with(csrf()).with(from("10.8.2.3")).param("email", user.email()))
                .andExpect(redirectedUrl("/password-reset/sent"));
        String[] reset = link(latestMailTo(user.email(), "Choose a new Hemicycle password"));
        mvc.perform(post(reset[0]).with(csrf()).param("token", reset[1]).param("newPassword", STRONG).param("confirmPassword", STRONG))
                .andExpect(redirectedUrl("/login?password-reset"));

        mvc.perform(get("/manage").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post(change[0]).with(csrf()).param("token", change[1])).andExpect(status().isGone());
        signIn(user.email(), STRONG, "/manage");
    }

    private void confirm(String email, String password) throws Exception {
        String[] link = link(latestMailTo(email, "onfirm"));
        mvc.perform(post(link[0]).param("token", link[1]).param("password", password).with(csrf()))
                .andExpect(redirectedUrl("/login?confirmed"));
    }

    private MockHttpServletRequestBuilder signUp(String name, String email, String password, String confirmation,
                                                 RequestPostProcessor from) {
        return post("/signup").with(csrf()).with(from).param("displayName", name).param("email", email)
                .param("password", password).param("confirmPassword", confirmation).param("website", "");
    }

    /** Each test signs up from its own address, so that the per-address limit counts only its own requests. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private MockHttpSession signIn(String email, String password, String landing) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(redirectedUrl(landing))
                .andReturn().getRequest().getSession(false);
    }

    private String latestMailTo(String email, String subjectPart) {
        List<String> bodies = jdbc.queryForList("select body from mail_message where recipient = ? and subject like ? order by id desc",
                String.class, email, "%" + subjectPart + "%");
        assertThat(bodies).as("messages to %s about '%s'", email, subjectPart).isNotEmpty();
        return bodies.get(0);
    }

    private long mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, email);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Object confirmedAt(String email) {
        return jdbc.queryForObject("select email_confirmed_at from user_account where email = ?", Object.class, email);
    }

    /** The path and token of the link in a message. */
    private static String[] link(String body) {
        Matcher matcher = TOKEN_LINK.matcher(body);
        assertThat(matcher.find()).as("a link in: %s", body).isTrue();
        return new String[] {matcher.group(1), matcher.group(2)};
    }
}
