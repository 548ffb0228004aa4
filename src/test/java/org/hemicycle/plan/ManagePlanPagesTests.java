package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.util.Locale;
import java.util.stream.IntStream;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.commitment.NewIndicator;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The plan team's pages and forms, through HTTP as a browser without JavaScript uses them. */
@HemicycleTest
class ManagePlanPagesTests {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired MessageSource messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitmentService commitments;

    Parliament parliament;
    HemicycleUser editor;

    @BeforeEach
    void setUp() {
        parliament = fixtures.parliament(null);
        editor = fixtures.editor(parliament);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/manage")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void publishingAsksFirstBecauseItCannotBeUndone() throws Exception {
        ActionPlan plan = fixtures.plan(editor, parliament);
        String url = "/manage/plans/" + plan.getId() + "/publish";
        mvc.perform(get("/manage/plans/" + plan.getId()).with(user(editor)))
                .andExpect(content().string(containsString("href=\"" + url + "\"")));
        mvc.perform(get(url).with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish this plan?")))
                .andExpect(content().string(containsString("this cannot be undone")))
                .andExpect(content().string(containsString("action=\"" + url + "\"")));
        assertThat(jdbc.queryForObject("select published from action_plan where id = ?", Boolean.class, plan.getId())).isFalse();

        mvc.perform(post(url).with(user(editor)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select published from action_plan where id = ?", Boolean.class, plan.getId())).isTrue();
    }

    @Test
    void theDashboardOffersTheEditorANewPlan() throws Exception {
        mvc.perform(get("/manage").with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(parliament.getName())))
                .andExpect(content().string(containsString("/manage/parliaments/" + parliament.getSlug() + "/plans/new")));
    }

    @Test
    void creatingAPlanThroughTheFormLandsOnItsWorkspace() throws Exception {
        mvc.perform(get("/manage/parliaments/" + parliament.getSlug() + "/plans/new").with(user(editor)))
                .andExpect(status().isOk());

        String location = mvc.perform(newPlan("First Open Parliament Plan", "2025-01-01", "2026-12-31"))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).matches("/manage/plans/\\d+");
        mvc.perform(get(location).with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("First Open Parliament Plan")))
                .andExpect(content().string(containsString("Before the plan can move on, record:")))
                .andExpect(content().string(containsString("which chambers take part (step 1)")));
    }

    @Test
    void badInputGetsFormErrorsInTheUsersLanguageAndSavesNothing() throws Exception {
        int before = plansOf(parliament);

        mvc.perform(newPlan("", "2025-01-01", "2026-12-31").param("lang", "es"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(messages.getMessage("form.error-summary.title", null, SPANISH))))
                .andExpect(content().string(containsString(messages.getMessage("NotBlank.planDetails.title", null, SPANISH))));
        mvc.perform(newPlan("Backwards", "2026-01-01", "2025-01-01").param("lang", "es"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        escaped(messages.getMessage("plan.error.period-end-before-start",
                                new Object[] {java.time.LocalDate.of(2026, 1, 1)}, SPANISH)))));
        mvc.perform(newPlan("Not a date", "2025-02-30", "2026-01-01").param("lang", "es"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        escaped(messages.getMessage("typeMismatch.planDetails.periodStart", null, SPANISH)))));
        mvc.perform(newPlan("x".repeat(301), "2025-01-01", "2026-01-01"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(newPlan("Wrong language", "2025-01-01", "2026-01-01").param("contentLanguage", "de"))
                .andExpect(status().isUnprocessableContent());

        assertThat(plansOf(parliament)).isEqualTo(before);
    }

    @Test
    void recordingStepsAndMovingThePlanForward() throws Exception {
        ActionPlan plan = fixtures.plan(editor, parliament);
        String workspace = "/manage/plans/" + plan.getId();

        mvc.perform(post(workspace + "/advance").with(user(editor)).with(csrf()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The plan cannot move to step 2")))
                .andExpect(content().string(containsString("how political will was built (step 1)")));

        mvc.perform(get(workspace + "/steps/political-will").with(user(editor))).andExpect(status().isOk());
        mvc.perform(post(workspace + "/steps/political-will").with(user(editor)).with(csrf())
                        .param("politicalWill", "Every party signed the declaration.")
                        .param("chamberIds", fixtures.chambers(parliament).get(0).getId().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(workspace + "/advance").with(user(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "manage.advanced.LEAD_BODY"));

        mvc.perform(post(workspace + "/steps/lead-body").with(user(editor)).with(csrf())
                        .param("name", "Committee on Openness").param("authorizationMechanism", "PLENARY_MOTION"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(workspace + "/members").with(user(editor)).with(csrf())
                        .param("memberName", "").param("party", "Green"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(workspace + "/members").with(user(editor)).with(csrf())
                        .param("memberName", "Ana Pérez").param("party", "Green").param("role", "Chair"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(workspace + "/advance").with(user(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select phase from action_plan where id = ?", String.class, plan.getId()))
                .isEqualTo("POINT_OF_CONTACT");
        mvc.perform(get(workspace + "/steps/lead-body").with(user(editor)))
                .andExpect(content().string(containsString("Ana Pérez")));
    }

    @Test
    void everyStepFormRendersAndAnUnknownStepIs404() throws Exception {
        ActionPlan plan = fixtures.plan(editor, parliament);
        for (String step : new String[] {"political-will", "lead-body", "point-of-contact", "civil-society",
                "co-creation", "adoption", "implementation", "monitoring", "renewal"}) {
            mvc.perform(get("/manage/plans/" + plan.getId() + "/steps/" + step).with(user(editor)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"_csrf\"")));
        }
        mvc.perform(get("/manage/plans/" + plan.getId() + "/steps/drafting").with(user(editor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/plans/999999").with(user(editor))).andExpect(status().isNotFound());
        mvc.perform(get("/manage/plans/abc").with(user(editor))).andExpect(status().isBadRequest());
    }

    @Test
    void theEleventhCommitmentIsRefusedWithAClearMessage() throws Exception {
        ActionPlan plan = fixtures.plan(editor, parliament);
        IntStream.rangeClosed(1, 10).forEach(i ->
                commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Commitment " + i)));

        mvc.perform(post("/manage/plans/" + plan.getId() + "/commitments").with(user(editor)).with(csrf())
                        .param("lang", "en").param("title", "One too many").param("pillar", "ETHICS"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A plan has at most 10 commitments")));
        assertThat(jdbc.queryForObject("select count(*) from commitment where plan_id = ?", Integer.class, plan.getId()))
                .isEqualTo(10);
    }

    @Test
    void commitmentsActivitiesAndIndicatorsThroughTheirForms() throws Exception {
        ActionPlan plan = fixtures.plan(editor, parliament);
        String location = mvc.perform(post("/manage/plans/" + plan.getId() + "/commitments").with(user(editor)).with(csrf())
                        .param("title", "Open the archives").param("pillar", "OPEN_DATA")
                        .param("startDate", "2025-02-01").param("endDate", "2025-12-31")
                        .param("ogpValues", "TRANSPARENCY", "TECHNOLOGY_INNOVATION").param("completion", "COMPLETE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        // Completion changed meanwhile (a progress update rolled up) is no conflict with the editor's form.
        String form = mvc.perform(get(location).with(user(editor))).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"recordVersion\" value=\"([^\"]+)\"").matcher(form);
        assertThat(version.find()).isTrue();
        jdbc.update("update commitment set completion = 'LIMITED' where plan_id = ?", plan.getId());
        mvc.perform(post(location).with(user(editor)).with(csrf()).param("recordVersion", version.group(1))
                        .param("title", "Open the archives").param("pillar", "OPEN_DATA")
                        .param("startDate", "2025-02-01").param("endDate", "2025-12-31").param("ogpValues", "TRANSPARENCY", "TECHNOLOGY_INNOVATION"))
                .andExpect(status().is3xxRedirection());
        jdbc.update("update commitment set completion = 'NOT_STARTED' where plan_id = ?", plan.getId());
        // Completion is what progress updates roll up to: the drafting form neither offers nor takes it.
        assertThat(jdbc.queryForObject("select completion from commitment where plan_id = ?", String.class, plan.getId()))
                .isEqualTo("NOT_STARTED");
        mvc.perform(get(location).with(user(editor)).param("lang", "en"))
                .andExpect(content().string(containsString("name=\"title\"")))
                .andExpect(content().string(not(containsString("name=\"completion\""))));

        mvc.perform(post(location + "/activities").with(user(editor)).with(csrf()).param("lang", "en")
                        .param("activity", "Too early").param("activityStart", "2024-06-01").param("activityEnd", "2025-03-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Dates must fall inside the plan period")));
        mvc.perform(post(location + "/activities").with(user(editor)).with(csrf())
                        .param("activity", "Digitise the archive").param("deliverable", "Scans online")
                        .param("activityStart", "2025-03-01").param("activityEnd", "2025-06-30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/indicators").with(user(editor)).with(csrf())
                        .param("name", "Pages online").param("baseline", "0").param("target", "10000").param("unit", "pages"))
                .andExpect(status().is3xxRedirection());

        Long activityId = jdbc.queryForObject("select a.id from activity a join commitment c on c.id = a.commitment_id"
                + " where c.plan_id = ?", Long.class, plan.getId());
        // With htmx, only the activities table comes back; without it, a redirect to the full page.
        mvc.perform(post(location + "/activities/" + activityId + "/completed").with(user(editor)).with(csrf())
                        .header("HX-Request", "true").param("completed", "true").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"activity-list\">")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Mark as not done")));
        mvc.perform(post(location + "/activities/" + activityId + "/completed").with(user(editor)).with(csrf())
                        .param("completed", "false"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(location).with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Digitise the archive")))
                .andExpect(content().string(containsString("Pages online")))
                .andExpect(content().string(matchesPattern("(?s).*value=\"TECHNOLOGY_INNOVATION\"[^>]*checked.*")));
    }

    @Test
    void activitiesAndIndicatorsCanBeCorrected() throws Exception {
        ActionPlan plan = fixtures.plan(editor, parliament);
        Commitment commitment = commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Fix me"));
        {
            commitments.addActivity(editor, commitment.getId(), new NewActivity("Draft", null,
                    java.time.LocalDate.of(2025, 2, 1), java.time.LocalDate.of(2025, 3, 1)));
            commitments.addIndicator(editor, commitment.getId(), new NewIndicator("Draft indicator", null, "5", null));
        }
        Long activityId = jdbc.queryForObject("select id from activity where commitment_id = ?", Long.class, commitment.getId());
        Long indicatorId = jdbc.queryForObject("select id from indicator where commitment_id = ?", Long.class, commitment.getId());
        String base = "/manage/commitments/" + commitment.getId();

        mvc.perform(get(base + "/activities/" + activityId).with(user(editor)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"2025-02-01\"")));
        mvc.perform(post(base + "/activities/" + activityId).with(user(editor)).with(csrf()).param("lang", "en")
                        .param("activity", "Draft").param("activityStart", "2025-02-01").param("activityEnd", "2030-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Dates must fall inside the plan period")));
        mvc.perform(post(base + "/activities/" + activityId).with(user(editor)).with(csrf())
                        .param("activity", "Consult the public").param("deliverable", "Report")
                        .param("activityStart", "2025-02-01").param("activityEnd", "2025-04-30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/indicators/" + indicatorId).with(user(editor)).with(csrf())
                        .param("name", "Submissions received").param("baseline", "0").param("target", "")
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/indicators/" + indicatorId).with(user(editor)).with(csrf())
                        .param("name", "Submissions received").param("baseline", "0").param("target", "500"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select description from activity where id = ?", String.class, activityId))
                .isEqualTo("Consult the public");
        assertThat(jdbc.queryForObject("select target from indicator where id = ?", String.class, indicatorId)).isEqualTo("500");
        HemicycleUser intruder = fixtures.editor(fixtures.parliament(null));
        mvc.perform(get(base + "/activities/" + activityId).with(user(intruder))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/activities/999999").with(user(editor))).andExpect(status().isNotFound());
    }

    @Test
    void anEditorOfOneParliamentCanNeitherReadNorChangeAnothersDrafts() throws Exception {
        ActionPlan plan = fixtures.plan(editor, parliament);
        Commitment commitment = commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Ours"));
        Parliament other = fixtures.parliament(null);
        HemicycleUser intruder = fixtures.editor(other);
        HemicycleUser leadBodyMember = fixtures.user(parliament, ParliamentRole.LEAD_BODY_MEMBER);

        for (HemicycleUser outsider : new HemicycleUser[] {intruder, leadBodyMember}) {
            mvc.perform(get("/manage/plans/" + plan.getId()).with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/manage/commitments/" + commitment.getId()).with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(post("/manage/plans/" + plan.getId() + "/steps/lead-body").with(user(outsider)).with(csrf())
                    .param("name", "Hijacked")).andExpect(status().isForbidden());
            mvc.perform(post("/manage/plans/" + plan.getId() + "/publish").with(user(outsider)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/manage/commitments/" + commitment.getId() + "/delete").with(user(outsider)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/manage/parliaments/" + parliament.getSlug() + "/plans").with(user(outsider)).with(csrf())
                    .param("title", "Rogue plan").param("periodStart", "2025-01-01").param("periodEnd", "2026-01-01")
                    .param("contentLanguage", "en")).andExpect(status().isForbidden());
        }

        assertThat(jdbc.queryForObject("select lead_body_name from action_plan where id = ?", String.class, plan.getId())).isNull();
        assertThat(jdbc.queryForObject("select published from action_plan where id = ?", Boolean.class, plan.getId())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from commitment where id = ?", Integer.class, commitment.getId())).isEqualTo(1);
        assertThat(plansOf(parliament)).isEqualTo(1);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        ActionPlan plan = fixtures.plan(editor, parliament);
        mvc.perform(post("/manage/plans/" + plan.getId() + "/publish").with(user(editor)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select published from action_plan where id = ?", Boolean.class, plan.getId())).isFalse();
    }

    private MockHttpServletRequestBuilder newPlan(String title, String start, String end) {
        return post("/manage/parliaments/" + parliament.getSlug() + "/plans").with(user(editor)).with(csrf())
                .param("title", title).param("summary", "").param("periodStart", start).param("periodEnd", end)
                .param("contentLanguage", "en");
    }

    private int plansOf(Parliament p) {
        return jdbc.queryForObject("select count(*) from action_plan where parliament_id = ?", Integer.class, p.getId());
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
