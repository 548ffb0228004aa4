package org.hemicycle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Revoking a role asks first, without JavaScript; changing one's own roles warns that it signs one out. */
@HemicycleTest
class RoleRevocationPagesTests {

    private static final String OWN_ACCOUNT_WARNING = "This is your own account: granting or revoking one of its roles signs you out";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AccountService accounts;

    @Test
    void revokingARoleAsksFirstAndRevokesOnlyOnConfirmation() throws Exception {
        HemicycleUser admin = accounts.loadUserByUsername("admin@hemicycle.test");
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        Long grant = accounts.summary(Fixtures.SETUP, editor.id()).grants().get(0).id();
        String account = "/admin/users/" + editor.id();
        String revocation = account + "/grants/" + grant + "/revoke";

        mvc.perform(get(account).with(user(admin)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"" + revocation + "\"")))
                .andExpect(content().string(not(containsString("action=\"" + revocation + "\""))))
                .andExpect(content().string(not(containsString(OWN_ACCOUNT_WARNING))));

        mvc.perform(get(revocation).with(user(admin)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Revoke this role?</h1>")))
                .andExpect(content().string(containsString(editor.displayName())))
                .andExpect(content().string(containsString("Point of contact")))
                .andExpect(content().string(containsString(parliament.getName())))
                .andExpect(content().string(containsString("<form action=\"" + revocation + "\" method=\"post\"")))
                .andExpect(content().string(containsString(">Yes, revoke the role</button>")))
                .andExpect(content().string(containsString("<a href=\"" + account + "\">Cancel</a>")))
                .andExpect(content().string(not(containsString(OWN_ACCOUNT_WARNING))));
        assertThat(accounts.summary(Fixtures.SETUP, editor.id()).grants()).hasSize(1);

        mvc.perform(post(revocation).with(user(admin)).with(csrf())).andExpect(redirectedUrl(account));
        assertThat(accounts.summary(Fixtures.SETUP, editor.id()).grants()).isEmpty();

        mvc.perform(get(revocation).with(user(admin))).andExpect(status().isNotFound());
        HemicycleUser otherEditor = fixtures.editor(fixtures.parliament(null));
        mvc.perform(get(revocation).with(user(otherEditor))).andExpect(status().isForbidden());
    }

    @Test
    void grantingOrRevokingOnesOwnRoleWarnsOfSigningOut() throws Exception {
        String email = Fixtures.unique("coordinator") + "@example.org";
        Long id = accounts.create(Fixtures.SETUP, new NewAccount(email, "Own Roles", Fixtures.PASSWORD, PlatformRole.COORDINATOR));
        Parliament parliament = fixtures.parliament(null);
        accounts.grant(Fixtures.SETUP, id, parliament.getId(), ParliamentRole.REVIEWER);
        HemicycleUser coordinator = accounts.loadUserByUsername(email);
        Long grant = accounts.summary(Fixtures.SETUP, id).grants().get(0).id();

        mvc.perform(get("/admin/users/" + id).with(user(coordinator)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OWN_ACCOUNT_WARNING)));
        mvc.perform(get("/admin/users/" + id + "/grants/" + grant + "/revoke").with(user(coordinator)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OWN_ACCOUNT_WARNING)));
    }
}
