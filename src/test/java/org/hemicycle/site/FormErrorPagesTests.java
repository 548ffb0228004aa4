package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.AccountService;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.NewAccount;
import org.hemicycle.account.PlatformRole;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Form errors after the GOV.UK pattern: each names its field and the fix, one per field, listed in the order
 * of the fields in a summary that links to them and takes focus; the page title starts with "Error:"; a
 * sub-form comes back at its own section; optional fields say so.
 */
@HemicycleTest
class FormErrorPagesTests {

    private static final Pattern SUMMARY = Pattern.compile("<div class=\"error-summary\"([^>]*)>(.*?)</div>", Pattern.DOTALL);
    private static final Pattern SUMMARY_LINK = Pattern.compile("<a href=\"#([\\w-]+)\">([^<]*)</a>");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AccountService accounts;

    @Test
    void anEmptyParliamentFormNamesEachFieldOnceInFormOrder() throws Exception {
        String page = mvc.perform(post("/admin/parliaments").with(user(coordinator())).with(csrf()).param("lang", "en")
                        .param("contentLanguage", "es"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        assertThat(title(page)).isEqualTo("Error: Register a parliament · Hemicycle");
        assertThat(summaryAttributes(page)).contains("tabindex=\"-1\"").contains("autofocus");
        assertThat(summaryLinks(page)).containsExactly(
                "#name Enter the name of the parliament.",
                "#slug Enter a short name for the parliament's address, like costa-rica.",
                "#country Enter the country.",
                "#countryCode Enter the country code, two capital letters like CL.",
                "#firstChamber Enter the name of the chamber.");
        assertThat(page).doesNotContain("Enter a value.", "Enter a value in the right format.");
        // One error beside each field, though an empty short name also breaks its pattern.
        assertThat(count(page, "class=\"field-error\"")).isEqualTo(5);
        assertThat(page).contains("id=\"slug-error\">Enter a short name for the parliament's address, like costa-rica.</p>");
    }

    @Test
    void optionalFieldsSaySoAndRequiredOnesDoNot() throws Exception {
        String page = mvc.perform(get("/admin/parliaments/new").with(user(coordinator())).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(title(page)).isEqualTo("Register a parliament · Hemicycle");
        assertThat(page).contains(">Name of the parliament</label>", ">Chamber</label>",
                ">Second chamber (optional)</label>", ">Website (optional)</label>",
                ">In the Open Government Partnership since (optional)</label>");
        assertThat(page).doesNotContain("class=\"error-summary\"");

        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        String step = mvc.perform(get("/manage/plans/" + plan.getId() + "/steps/political-will").with(user(editor))
                        .param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(step).contains("(facultatif)</legend>");
        String commitment = mvc.perform(get("/manage/plans/" + plan.getId() + "/commitments/new").with(user(editor))
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(commitment).contains(">Brief description</label>", ">Pillar</label>", ">Budget (optional)</label>",
                ">OGP values (optional)</legend>");
    }

    @Test
    void dateRulesNameTheDateToBeat() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);

        String page = mvc.perform(post("/manage/parliaments/" + parliament.getSlug() + "/plans").with(user(editor)).with(csrf())
                        .param("lang", "en").param("title", "Backwards").param("periodStart", "2026-01-01")
                        .param("periodEnd", "2025-01-01").param("contentLanguage", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(title(page)).startsWith("Error: ");
        assertThat(summaryLinks(page)).containsExactly(
                "#periodEnd The end of the plan period must be after its start, 1 Jan 2026.");

        String untitled = mvc.perform(post("/manage/parliaments/" + parliament.getSlug() + "/plans").with(user(editor))
                        .with(csrf()).param("lang", "en").param("title", "").param("periodStart", "")
                        .param("periodEnd", "2026-12-31").param("contentLanguage", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(summaryLinks(untitled)).containsExactly(
                "#title Enter the plan's title.",
                "#periodStart Enter the start of the plan period.");
        // A date that cannot be read stops the form before its other checks, as Spring binds records.
        String unreadable = mvc.perform(post("/manage/parliaments/" + parliament.getSlug() + "/plans").with(user(editor))
                        .with(csrf()).param("lang", "en").param("title", "Plan").param("periodStart", "2025-01-01")
                        .param("periodEnd", "2025-02-30").param("contentLanguage", "en"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(summaryLinks(unreadable)).containsExactly(
                "#periodEnd The end of the plan period must be a real date, like 2026-12-31.");

        ActionPlan plan = fixtures.plan(editor, parliament);
        String commitment = mvc.perform(post("/manage/plans/" + plan.getId() + "/commitments").with(user(editor)).with(csrf())
                        .param("lang", "fr").param("title", "Ouvrir les archives").param("pillar", "OPEN_DATA")
                        .param("startDate", "2025-03-01").param("endDate", "2025-02-01"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(title(commitment)).startsWith("Erreur : ");
        assertThat(summaryLinks(commitment)).containsExactly(
                "#endDate La date de fin doit être égale ou postérieure à la date de début, le 1 mars 2025.");
    }

    @Test
    void aSubFormComesBackAtItsOwnSection() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        Commitment commitment = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the archives");
        String base = "/manage/commitments/" + commitment.getId();

        String page = mvc.perform(post(base + "/activities").with(user(editor)).with(csrf()).param("lang", "en")
                        .param("activity", "").param("activityStart", "").param("activityEnd", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

        assertThat(title(page)).startsWith("Error: ");
        assertThat(page).contains("action=\"" + base + "/activities#add-activity\"",
                "action=\"" + base + "/indicators#add-indicator\"");
        int section = page.indexOf("id=\"add-activity\"");
        assertThat(section).isPositive();
        assertThat(page.indexOf("class=\"error-summary\"")).isGreaterThan(section);
        assertThat(summaryLinks(page)).containsExactly(
                "#activity Describe the activity.",
                "#activityStart Enter the activity's start date.",
                "#activityEnd Enter the activity's end date.");

        String steps = "/manage/plans/" + plan.getId();
        String leadBody = mvc.perform(post(steps + "/members").with(user(editor)).with(csrf()).param("lang", "en")
                        .param("memberName", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(leadBody).contains("id=\"add-member\"", "action=\"" + steps + "/members#add-member\"",
                "Enter the member's name.");
        mvc.perform(post(steps + "/members").with(user(editor)).with(csrf()).param("memberName", "A. Member"))
                .andExpect(redirectedUrl(steps + "/steps/lead-body#members"));
        mvc.perform(post(steps + "/organizations").with(user(editor)).with(csrf()).param("name", "Open Data Org")
                        .param("sector", "ACADEMIA").param("_forumMember", "on"))
                .andExpect(redirectedUrl(steps + "/steps/civil-society#organizations"));
        mvc.perform(post(steps + "/meetings").with(user(editor)).with(csrf()).param("title", "Kick-off")
                        .param("heldOn", "2025-01-15").param("format", "VIRTUAL"))
                .andExpect(redirectedUrl(steps + "/steps/co-creation#meetings"));
    }

    private HemicycleUser coordinator() {
        String email = Fixtures.unique("coordinator") + "@example.org";
        accounts.create(Fixtures.SETUP, new NewAccount(email, "Coordinator", Fixtures.PASSWORD, PlatformRole.COORDINATOR));
        return accounts.loadUserByUsername(email);
    }

    private static String title(String page) {
        Matcher title = TITLE.matcher(page);
        assertThat(title.find()).as("a <title>").isTrue();
        return title.group(1);
    }

    private static String summaryAttributes(String page) {
        Matcher summary = SUMMARY.matcher(page);
        assertThat(summary.find()).as("an error summary").isTrue();
        return summary.group(1);
    }

    /** Each link of the error summary as "#target text". */
    private static List<String> summaryLinks(String page) {
        Matcher summary = SUMMARY.matcher(page);
        assertThat(summary.find()).as("an error summary").isTrue();
        Matcher link = SUMMARY_LINK.matcher(summary.group(2));
        List<String> links = new ArrayList<>();
        while (link.find()) {
            links.add("#" + link.group(1) + " " + link.group(2));
        }
        return links;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
