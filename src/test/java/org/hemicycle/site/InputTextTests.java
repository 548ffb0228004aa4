package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanStepLists;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Control characters never reach the database or a page; tabs and newlines do. */
@HemicycleTest
class InputTextTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;

    @Test
    void controlCharactersAreDroppedFromEverythingAFormSends() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);

        mvc.perform(post("/manage/plans/" + plan.getId() + "/steps/lead-body").with(user(editor)).with(csrf())
                        .param("name", "Com\u0000mittee\u0007 on\u001B Openness\u0085")
                        .param("mandate", "First line\r\nSecond\tline\u0000"))
                .andExpect(status().is3xxRedirection());

        var leadBody = pages.editablePlan(editor, plan.getId()).leadBody();
        assertThat(leadBody.name()).isEqualTo("Committee on Openness");
        assertThat(leadBody.mandate()).isEqualTo("First line\nSecond\tline");
        String page = mvc.perform(get("/manage/plans/" + plan.getId() + "/steps/lead-body").with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Committee on Openness").doesNotContain("\u0000", "\u0007", "\u001B");
    }
}
