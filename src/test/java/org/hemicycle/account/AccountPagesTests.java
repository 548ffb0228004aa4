package org.hemicycle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.internal.FirstAdminBootstrap;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in and out, sessions, passwords, and the admin pages that hand out roles per parliament. */
@HemicycleTest
class AccountPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AccountService accounts;

    @Test
    void theFirstAdminComesFromTheEnvironmentAndCanSignIn() throws Exception {
        mvc.perform(formLogin("/login").userParameter("email").user("admin@hemicycle.test")
                        .password("test-admin-password-1"))
                .andExpect(redirectedUrl("/manage"));
        assertThat(FirstAdminBootstrap.randomPassword()).hasSize(20).isNotEqualTo(FirstAdminBootstrap.randomPassword());
    }

    @Test
    void aLostAdminPasswordIsRecoveredByAResetStartNotByAFixedPassword() throws Exception {
        String email = Fixtures.unique("recovered") + "@example.org";
        new FirstAdminBootstrap(accounts, email, "first lost passphrase", true).afterSingletonsInstantiated();
        MockHttpSession session = signIn(email, "first lost passphrase");

        new FirstAdminBootstrap(accounts, email, "second recovered passphrase", true).afterSingletonsInstantiated();
        mvc.perform(get("/manage").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password("first lost passphrase"))
                .andExpect(redirectedUrl("/login?error"));
        signIn(email, "second recovered passphrase");
        assertThat(accounts.loadUserByUsername(email).platformRole()).contains(PlatformRole.ADMIN);
        // A normal start leaves an installation that has an admin alone.
        new FirstAdminBootstrap(accounts, email, "", false).afterSingletonsInstantiated();
        signIn(email, "second recovered passphrase");
    }

    @Test
    void signInAndOutEndsTheSession() throws Exception {
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));
        MockHttpSession session = signIn(editor.email(), Fixtures.PASSWORD);

        mvc.perform(get("/manage").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/?signed-out"));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aWrongPasswordIsRefusedAndRepeatedFailuresAreRateLimited() throws Exception {
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));

        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(formLogin("/login").userParameter("email").user(editor.email()).password("wrong password!"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // Even the right password is refused while the account is locked for this address.
        mvc.perform(formLogin("/login").userParameter("email").user(editor.email()).password(Fixtures.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(forwardedUrl("/login/locked"));
    }

    @Test
    void revokingARoleEndsTheAccountsOpenSessions() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        MockHttpSession session = signIn(editor.email(), Fixtures.PASSWORD);
        mvc.perform(get("/manage").session(session)).andExpect(status().isOk());

        Long grantId = accounts.summary(Fixtures.SETUP, editor.id()).grants().get(0).id();
        accounts.revoke(Fixtures.SETUP, editor.id(), grantId);

        mvc.perform(get("/manage").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void changingThePasswordChecksTheOldOneAndEndsTheSession() throws Exception {
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));
        MockHttpSession session = signIn(editor.email(), Fixtures.PASSWORD);

        mvc.perform(changePassword(session, "not my password", "a brand new passphrase", "a brand new passphrase"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The current password is not right.")));
        mvc.perform(changePassword(session, Fixtures.PASSWORD, "a brand new passphrase", "another passphrase"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The two new passwords are not the same.")));
        mvc.perform(changePassword(session, Fixtures.PASSWORD, "short", "short"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(changePassword(session, Fixtures.PASSWORD, "a brand new passphrase", "a brand new passphrase"))
                .andExpect(redirectedUrl("/login?password-changed"));

        assertThat(session.isInvalid()).isTrue();
        signIn(editor.email(), "a brand new passphrase");
    }

    @Test
    void aRefusedPasswordFormSaysWhatToFixAndNeverShowsWhatWasTyped() throws Exception {
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));
        MockHttpSession session = signIn(editor.email(), Fixtures.PASSWORD);

        mvc.perform(changePassword(session, Fixtures.PASSWORD, "a brand new passphrase", "another passphrase"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<title>Error: Change your password")))
                .andExpect(content().string(containsString("<a href=\"#confirmPassword\">The two new passwords are not the same.</a>")))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"confirmPassword-error\">")))
                .andExpect(content().string(containsString("aria-describedby=\"confirmPassword-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"newPassword-hint\"")))
                .andExpect(content().string(not(containsString("another passphrase"))))
                .andExpect(content().string(not(containsString(Fixtures.PASSWORD))));
    }

    @Test
    void commonAndTriviallyGuessablePasswordsAreRefused() throws Exception {
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));
        MockHttpSession session = signIn(editor.email(), Fixtures.PASSWORD);
        for (String weak : new String[] {"aaaaaaaaaaaa", "123456789012", "password1234", "qwertyuiopasdf"}) {
            mvc.perform(changePassword(session, Fixtures.PASSWORD, weak, weak))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("This password is too easy to guess.")));
        }
        HemicycleUser admin = accounts.loadUserByUsername("admin@hemicycle.test");
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("lang", "en")
                        .param("email", Fixtures.unique("weak") + "@example.org").param("displayName", "Weak")
                        .param("password", "abcdefghijkl"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This password is too easy to guess.")));
    }

    @Test
    void guessingTheCurrentPasswordIsLimitedLikeSigningIn() throws Exception {
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));
        MockHttpSession session = signIn(editor.email(), Fixtures.PASSWORD);
        for (int attempt = 0; attempt < 3; attempt++) {
            mvc.perform(changePassword(session, "guess number " + attempt, "a brand new passphrase", "a brand new passphrase"))
                    .andExpect(status().isUnprocessableContent());
        }
        // Past the limit, the right current password is refused too, and nothing changes.
        mvc.perform(changePassword(session, Fixtures.PASSWORD, "a brand new passphrase", "a brand new passphrase"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many wrong current passwords.")));
        assertThat(session.isInvalid()).isFalse();
        signIn(editor.email(), Fixtures.PASSWORD);
    }

    @Test
    void anAdminCreatesAnAccountAndGrantsItARoleInOneParliament() throws Exception {
        HemicycleUser admin = accounts.loadUserByUsername("admin@hemicycle.test");
        Parliament parliament = fixtures.parliament(null);
        String email = Fixtures.unique("new") + "@example.org";

        String location = mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("email", email).param("displayName", "New Person").param("password", "a long enough password"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf()).param("lang", "en")
                        .param("email", email.toUpperCase()).param("displayName", "Twin").param("password", "a long enough password"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("An account with this email address already exists.")));
        mvc.perform(post(location + "/grants").with(user(admin)).with(csrf())
                        .param("parliamentId", parliament.getId().toString()).param("role", "POINT_OF_CONTACT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/grants").with(user(admin)).with(csrf()).param("parliamentId", "999999")
                        .param("role", "REVIEWER"))
                .andExpect(status().isUnprocessableContent());

        HemicycleUser created = accounts.loadUserByUsername(email);
        assertThat(created.rolesIn(parliament.getId())).contains(ParliamentRole.POINT_OF_CONTACT);
        mvc.perform(get("/admin/users").with(user(admin)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Point of contact (editor) · " + parliament.getName())));
        mvc.perform(get(location).with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void coordinatorsCreateOrdinaryAccountsOnlyAndOthersCannotManageAccounts() throws Exception {
        String coordinatorEmail = Fixtures.unique("coordinator") + "@example.org";
        accounts.create(Fixtures.SETUP, new NewAccount(coordinatorEmail, "Coordinator", Fixtures.PASSWORD, PlatformRole.COORDINATOR));
        HemicycleUser coordinator = accounts.loadUserByUsername(coordinatorEmail);
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));

        // A coordinator is offered no platform role to hand out, not an empty choice.
        mvc.perform(get("/admin/users/new").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"platformRole\""))));
        mvc.perform(post("/admin/users").with(user(coordinator)).with(csrf()).param("email", Fixtures.unique("x") + "@example.org")
                        .param("displayName", "Would-be admin").param("password", "a long enough password")
                        .param("platformRole", "ADMIN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(user(coordinator)).with(csrf()).param("email", Fixtures.unique("y") + "@example.org")
                        .param("displayName", "Member").param("password", "a long enough password"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users").with(user(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
                .andExpect(redirectedUrl("/manage"))
                .andReturn().getRequest().getSession(false);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changePassword(
            MockHttpSession session, String current, String fresh, String confirmation) {
        return post("/account/password").session(session).with(csrf()).param("lang", "en")
                .param("currentPassword", current).param("newPassword", fresh).param("confirmPassword", confirmation);
    }
}
