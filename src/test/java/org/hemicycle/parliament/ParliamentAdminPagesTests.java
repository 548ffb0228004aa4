package org.hemicycle.parliament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.NewAccount;
import org.hemicycle.account.PlatformRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@HemicycleTest
class ParliamentAdminPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AccountService accounts;
    @Autowired ParliamentService parliaments;

    @Test
    void aCoordinatorRegistersABicameralParliament() throws Exception {
        HemicycleUser coordinator = coordinator();
        String slug = Fixtures.unique("republica");

        mvc.perform(get("/admin/parliaments/new").with(user(coordinator))).andExpect(status().isOk());
        mvc.perform(register(coordinator, slug, "BR").param("secondChamber", "Senado Federal").param("secondChamberSeats", "81"))
                .andExpect(redirectedUrl("/parliaments/" + slug));

        Parliament parliament = parliaments.bySlug(slug);
        assertThat(parliament.getStructure()).isEqualTo(ParliamentStructure.BICAMERAL);
        assertThat(parliaments.chambersOf(parliament.getId())).extracting(Chamber::getSlug)
                .containsExactly("camara-dos-deputados", "senado-federal");
        mvc.perform(get("/admin/parliaments").with(user(coordinator))).andExpect(content().string(containsString(slug)));
    }

    @Test
    void badOrDuplicateAddressesAreRefusedWithClearMessages() throws Exception {
        HemicycleUser coordinator = coordinator();
        String slug = Fixtures.unique("unica");
        mvc.perform(register(coordinator, slug, "UY")).andExpect(status().is3xxRedirection());

        mvc.perform(register(coordinator, slug, "UY").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Another parliament already has this address.")));
        mvc.perform(register(coordinator, "Not A Slug", "uy").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Use lower-case letters, digits and single hyphens only.")))
                .andExpect(content().string(containsString("Enter two capital letters, like CL.")));
        mvc.perform(register(coordinator, Fixtures.unique("web"), "UY").param("website", "javascript:alert(1)").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a web address starting with http:// or https://.")));
    }

    @Test
    void onlyCoordinatorsAndAdminsRegisterParliaments() throws Exception {
        HemicycleUser editor = fixtures.editor(fixtures.parliament(null));
        mvc.perform(register(editor, Fixtures.unique("nope"), "UY")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/parliaments").with(user(editor))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder register(HemicycleUser actor, String slug, String countryCode) {
        return post("/admin/parliaments").with(user(actor)).with(csrf())
                .param("slug", slug).param("name", "Congresso Nacional " + slug).param("country", "Brasil")
                .param("countryCode", countryCode).param("contentLanguage", "pt").param("ogpMemberSince", "2011")
                .param("firstChamber", "Câmara dos Deputados").param("firstChamberSeats", "513");
    }

    private HemicycleUser coordinator() {
        String email = Fixtures.unique("coordinator") + "@example.org";
        accounts.create(Fixtures.SETUP, new NewAccount(email, "Coordinator", Fixtures.PASSWORD, PlatformRole.COORDINATOR));
        return accounts.loadUserByUsername(email);
    }
}
