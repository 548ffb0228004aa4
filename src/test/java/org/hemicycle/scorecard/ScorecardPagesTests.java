package org.hemicycle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.cocreation.ForumService;
import org.hemicycle.cocreation.ForumSide;
import org.hemicycle.cocreation.ForumText;
import org.hemicycle.cocreation.NewForumMember;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The scorecard page and its JSON, computed from what a plan's team records through the site. */
@HemicycleTest
class ScorecardPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanCycle cycle;
    @Autowired ForumService forums;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void theVerdictsFollowWhatThePlanRecords() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        cycle.publish(editor, plan.getId());
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();

        mvc.perform(get(path + "/scorecard").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No forum is recorded for this plan.")))
                .andExpect(content().string(containsString("Neither the rules of participation nor how the members were appointed is published.")))
                .andExpect(content().string(containsString("No consultation yet.")));
        mvc.perform(get("/api/v1" + path + "/scorecard"))
                .andExpect(jsonPath("$.requirements[0].requirement").value("FORUM_EXISTS"))
                .andExpect(jsonPath("$.requirements[0].verdict").value("NOT_MET"))
                .andExpect(jsonPath("$.requirements[4].verdict").value("NOT_YET_DUE"));

        forums.describe(editor, plan.getId(), new ForumText("Open call, chosen by lot.", "Decides by consensus."), null);
        forums.addMember(editor, plan.getId(), new NewForumMember(ForumSide.PARLIAMENT, "Deputy A", null, null, null, null));
        forums.addMember(editor, plan.getId(), new NewForumMember(ForumSide.CIVIL_SOCIETY, "B. Soto", "Open Data Network", null, null, null));
        // One consultation announced three weeks ahead, one three days ahead.
        Long early = open(editor, plan, "Announced early", LocalDate.now().plusDays(21));
        Long late = open(editor, plan, "Announced late", LocalDate.now().plusDays(3));

        mvc.perform(get(path + "/scorecard").param("lang", "en"))
                .andExpect(content().string(containsString("The forum has members from both parliament and civil society.")))
                .andExpect(content().string(containsString("The forum: 1 from parliament, 1 from civil society")))
                .andExpect(content().string(containsString("Both are published on the forum")))
                .andExpect(content().string(containsString("A consultation's timeline came out less than 14 days before it opened")))
                .andExpect(content().string(containsString(path + "/consultations/" + late + "\"")))
                .andExpect(content().string(containsString("2 requirements met")));
        mvc.perform(get("/api/v1" + path + "/scorecard"))
                .andExpect(jsonPath("$.requirements[0].verdict").value("MET"))
                .andExpect(jsonPath("$.requirements[1].verdict").value("MET"))
                .andExpect(jsonPath("$.requirements[4].verdict").value("NOT_MET"))
                .andExpect(jsonPath("$.requirements[4].evidence[0].id").value(late.intValue()))
                .andExpect(jsonPath("$.requirements[4].evidence[0].kind").value("consultation-timeline-ahead"));
        assertThat(early).isNotEqualTo(late);
        mvc.perform(get(path + "/scorecard").param("lang", "pt"))
                .andExpect(content().string(containsString("Avaliação da cocriação")))
                .andExpect(content().string(containsString("O fórum tem membros do parlamento e da sociedade civil.")));
    }

    @Test
    void theDemoPlansScorecardsReadInEveryLanguage() throws Exception {
        mvc.perform(get("/parliaments/costa-rica").param("lang", "es")).andExpect(status().isOk());
        String costaRica = jdbc.queryForObject("select p.slug from action_plan p join parliament pa on pa.id = p.parliament_id "
                + "where pa.slug = 'costa-rica' and p.published_at is not null", String.class);
        String path = "/parliaments/costa-rica/plans/" + costaRica;
        mvc.perform(get(path).param("lang", "es")).andExpect(content().string(containsString(path + "/scorecard")));
        for (String language : new String[] {"en", "es", "fr", "pt"}) {
            mvc.perform(get(path + "/scorecard").param("lang", language)).andExpect(status().isOk())
                    .andExpect(content().string(containsString(path + "/forum")));
        }
        mvc.perform(get(path + "/scorecard").param("lang", "es"))
                .andExpect(content().string(containsString("El foro tiene integrantes del parlamento y de la sociedad civil.")));
    }

    @Test
    void theRepositoryListsEveryDocumentOfTheProcessTheLatestFirst() throws Exception {
        String costaRica = jdbc.queryForObject("select p.slug from action_plan p join parliament pa on pa.id = p.parliament_id "
                + "where pa.slug = 'costa-rica' and p.published_at is not null", String.class);
        String path = "/parliaments/costa-rica/plans/" + costaRica;
        String page = mvc.perform(get(path + "/repository").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Meeting minutes and decisions")))
                .andExpect(content().string(containsString("Consultation")))
                .andExpect(content().string(containsString("Step reached")))
                .andReturn().getResponse().getContentAsString();
        Long meeting = jdbc.queryForObject("select max(m.id) from meeting m join action_plan p on p.id = m.plan_id where p.slug = ? "
                + "and m.minutes is not null", Long.class, costaRica);
        assertThat(page).contains(path + "/meetings/" + meeting + "\"");
        String json = mvc.perform(get("/api/v1" + path + "/repository")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'PLAN')].address").value(path))
                .andReturn().getResponse().getContentAsString();
        // The latest first.
        java.util.List<String> dates = com.jayway.jsonpath.JsonPath.read(json, "$[*].date");
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        mvc.perform(get(path + "/repository").param("lang", "fr")).andExpect(content().string(containsString("Répertoire public")));
    }

    @Test
    void theScorecardReadsTheSameStatementsWhateverThePlansConsultations() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        cycle.publish(editor, plan.getId());
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/scorecard";
        open(editor, plan, "The first consultation", LocalDate.now().plusDays(30));
        statementsFor(path);
        long fewer = statementsFor(path);
        for (int i = 0; i < 3; i++) {
            open(editor, plan, "Consultation " + i, LocalDate.now().plusDays(40 + i));
        }
        // Once to count the new consultations, as they come; then what every reader pays.
        statementsFor(path);
        assertThat(statementsFor(path)).isEqualTo(fewer);
        String repository = path.replace("/scorecard", "/repository");
        statementsFor(repository);
        long repositoryFewer = statementsFor(repository);
        open(editor, plan, "One more consultation", LocalDate.now().plusDays(60));
        statementsFor(repository);
        assertThat(statementsFor(repository)).isEqualTo(repositoryFewer);
    }

    private Long open(HemicycleUser editor, ActionPlan plan, String title, LocalDate opens) throws Exception {
        String location = mvc.perform(post("/manage/plans/" + plan.getId() + "/consultations").with(user(editor)).with(csrf())
                        .param("title", title).param("timeline", "Three weeks online, answers within a month.")
                        .param("opensOn", opens.toString()).param("opensAt", "08:00")
                        .param("closesOn", opens.plusDays(20).toString()).param("closesAt", "20:00")
                        .param("timeZone", "America/Santiago"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    private long statementsFor(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
