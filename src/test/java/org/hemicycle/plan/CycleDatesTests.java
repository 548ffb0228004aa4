package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Chamber;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Each step of the cycle records the day it actually happened, not the day someone entered it. */
@HemicycleTest
class CycleDatesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;

    @Test
    void theTeamStatesTheDayAStepWasReachedAndThePublicTimelineShowsIt() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = cycle.create(editor, parliament.getId(), new PlanDetails("Dated plan", null,
                Fixtures.PLAN_START, Fixtures.PLAN_END, "en"), LocalDate.now().minusDays(40));
        cycle.record(editor, plan.getId(), new PoliticalWill("All parties agreed.",
                fixtures.chambers(parliament).stream().map(Chamber::getId).toList(), null, null), null);
        String advance = "/manage/plans/" + plan.getId() + "/advance";

        String future = mvc.perform(post(advance).with(user(editor)).with(csrf()).param("lang", "en")
                        .param("reachedOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("cannot be in the future");
        String before = mvc.perform(post(advance).with(user(editor)).with(csrf()).param("lang", "en")
                        .param("reachedOn", LocalDate.now().minusDays(41).toString()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("must be on or after");
        mvc.perform(post(advance).with(user(editor)).with(csrf()).param("lang", "en").param("reachedOn", "2025-02-30"))
                .andExpect(status().isUnprocessableContent());
        assertThat(pages.editablePlan(editor, plan.getId()).getPhase()).isEqualTo(PlanPhase.POLITICAL_WILL);

        LocalDate reached = LocalDate.now().minusDays(10);
        mvc.perform(post(advance).with(user(editor)).with(csrf()).param("reachedOn", reached.toString()))
                .andExpect(status().is3xxRedirection());
        cycle.publish(editor, plan.getId());

        String page = mvc.perform(get("/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Reached on " + reached.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
    }

    @Test
    void aPlanEnteredAfterTheFactKeepsTheDayItsWorkStarted() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        String create = "/manage/parliaments/" + parliament.getSlug() + "/plans";
        mvc.perform(post(create).with(user(editor)).with(csrf()).param("lang", "en").param("title", "Future start")
                        .param("periodStart", "2025-01-01").param("periodEnd", "2026-12-31").param("contentLanguage", "en")
                        .param("startedOn", LocalDate.now().plusDays(1).toString()))
                .andExpect(status().isUnprocessableContent());
        String location = mvc.perform(post(create).with(user(editor)).with(csrf()).param("title", "Entered late")
                        .param("periodStart", "2025-01-01").param("periodEnd", "2026-12-31").param("contentLanguage", "en")
                        .param("startedOn", "2024-05-06"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long planId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        cycle.publish(editor, planId);

        String page = mvc.perform(get("/parliaments/" + parliament.getSlug() + "/plans/2025-2026").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Reached on 6 May 2024");
    }

    @Test
    void theDemoPlanTellsItsOwnStoryInDates() throws Exception {
        String page = mvc.perform(get("/parliaments/chile/plans/2025-2027").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Reached on 27 Jan 2025", "Reached on 1 Mar 2025")
                .doesNotContain("Reached on " + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
    }
}
