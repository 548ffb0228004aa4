package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A refused action answers a page that says why, inside the same signed-in site, in the person's language. */
@HemicycleTest
class RefusalPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;

    @Test
    void aRefusalKeepsTheSignedInHeaderAndTheLanguageSwitcher() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        Commitment commitment = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the records");
        cycle.advance(editor, plan.getId(), null);

        String page = mvc.perform(get("/manage/commitments/" + commitment.getId() + "/delete").with(user(editor))
                        .param("lang", "fr"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<html lang=\"fr\"", "ne peuvent pas être supprimés", "/logout", "Vos plans",
                "hreflang=\"es\"");
        // Adding a commitment is refused before the form is filled in, not after.
        mvc.perform(get("/manage/plans/" + plan.getId() + "/commitments/new").with(user(editor)))
                .andExpect(status().isUnprocessableContent());
    }
}
