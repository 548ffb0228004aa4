package org.hemicycle.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanDetails;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanStepLists;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@HemicycleTest
class HomePageTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;

    @Test
    void theCurrentPlanIsTheOneInForceNotTheNewestPublished() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        int year = LocalDate.now().getYear();
        {
            cycle.publish(editor, cycle.create(editor, parliament.getId(), new PlanDetails("Plan in force", null,
                    LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 6, 30), "en"), LocalDate.now()).getId());
            cycle.publish(editor, cycle.create(editor, parliament.getId(), new PlanDetails("Next plan", null,
                    LocalDate.of(year + 2, 1, 1), LocalDate.of(year + 3, 12, 31), "en"), LocalDate.now()).getId());
        }

        String home = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String card = home.substring(home.indexOf(parliament.getName()));
        card = card.substring(0, card.indexOf("</li>"));
        assertThat(card).contains("Plan in force").doesNotContain("Next plan");
    }
}
