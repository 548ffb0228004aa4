package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What a shared link previews, the icon, and assets that browsers keep for a year under content-hashed names. */
@HemicycleTest
class SharingAndAssetsTests {

    private static final String CHILE_PLAN = "/parliaments/chile/plans/2025-2027";
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"(/assets/css/hemicycle-[0-9a-f]{32}\\.css)\">");
    private static final Pattern HTMX = Pattern.compile("<script src=\"(/webjars/htmx\\.org/[^\"]*/htmx\\.min-[0-9a-f]{32}\\.js)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void publicPagesCarryADescriptionAndAnOpenGraphPreview() throws Exception {
        expectPreview("/", "website", "Hemicycle: Open Parliament Action Plans",
                "Parliaments and civil society co-create");
        expectPreview("/parliaments/chile", "website", "Congreso Nacional de Chile", "Congreso bicameral");
        expectPreview(CHILE_PLAN, "article", "Plan de Acción de Congreso Abierto 2025-2027 · Congreso Nacional de Chile",
                "Quinto plan de Congreso Abierto");
        expectPreview(CHILE_PLAN + "/commitments/2", "article",
                "2. Publicar votaciones, asistencia y documentos legislativos como datos abiertos · Congreso Nacional de Chile",
                "Publicar votaciones nominales");

        mvc.perform(get(CHILE_PLAN).param("lang", "fr"))
                .andExpect(content().string(containsString("<meta property=\"og:locale\" content=\"fr_FR\">")));
    }

    @Test
    void aPlanWithoutSummaryIsDescribedInTheVisitorsLanguage() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        Commitment commitment = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the archive");

        mvc.perform(get("/manage/commitments/" + commitment.getId()).with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("property=\"og:title\""))));
        mvc.perform(get("/parliaments/" + parliament.getSlug()).with(user(editor)).param("lang", "en"))
                .andExpect(content().string(containsString("<meta name=\"description\" content=\"Parliament "
                        + parliament.getSlug() + ": its Open Parliament Action Plans")));
    }

    @Test
    void theStylesheetIsContentHashedAndKeptForAYear() throws Exception {
        String home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher stylesheet = STYLESHEET.matcher(home);
        assertThat(stylesheet.find()).as("a content-hashed stylesheet link in %s", home).isTrue();
        assertThat(home).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/favicon-");

        mvc.perform(get(stylesheet.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andExpect(header().string("Cache-Control", allOf(containsString("max-age=31536000"),
                        containsString("public"), containsString("immutable"))));
        String css = mvc.perform(get(stylesheet.group(1))).andReturn().getResponse().getContentAsString();
        assertThat(css).as("a print stylesheet").contains("@media print", ".site-header", ".languages", "break-inside: avoid");
        // Another hash than the content's is not served.
        mvc.perform(get("/assets/css/hemicycle-00000000000000000000000000000000.css")).andExpect(status().isNotFound());
        // Under its plain name the same file is kept an hour only, so that a new release shows.
        mvc.perform(get("/assets/css/hemicycle.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=3600, public"));
    }

    @Test
    void htmxIsLoadedOnlyWhereAPageUsesItAndIsKeptForAYear() throws Exception {
        mvc.perform(get(CHILE_PLAN)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("htmx"))));
        mvc.perform(get("/")).andExpect(content().string(not(containsString("htmx"))));

        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.planInDrafting(editor, parliament);
        Commitment commitment = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Stream the plenary");
        String editorPage = mvc.perform(get("/manage/commitments/" + commitment.getId()).with(user(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher htmx = HTMX.matcher(editorPage);
        assertThat(htmx.find()).as("a content-hashed htmx script on the commitment editor").isTrue();
        assertThat(editorPage).contains("hx-post=").contains("<meta name=\"htmx-config\"");

        mvc.perform(get(htmx.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", allOf(containsString("max-age=31536000"),
                        containsString("immutable"))));
        mvc.perform(get("/manage/plans/" + plan.getId()).with(user(editor)))
                .andExpect(content().string(not(containsString("htmx.min"))));
    }

    @Test
    void faviconIcoLeadsToTheIcon() throws Exception {
        String icon = mvc.perform(get("/favicon.ico"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/assets/favicon-*.svg"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(icon))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    }

    private void expectPreview(String path, String type, String title, String descriptionStart) throws Exception {
        mvc.perform(get(path).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<meta name=\"description\" content=\"" + descriptionStart)))
                .andExpect(content().string(containsString("<meta property=\"og:title\" content=\"" + title + "\">")))
                .andExpect(content().string(containsString("<meta property=\"og:description\" content=\"" + descriptionStart)))
                .andExpect(content().string(containsString("<meta property=\"og:type\" content=\"" + type + "\">")))
                .andExpect(content().string(containsString("<meta property=\"og:url\" content=\"http://localhost" + path + "\">")))
                .andExpect(content().string(containsString("<meta property=\"og:site_name\" content=\"Hemicycle\">")))
                .andExpect(content().string(containsString("<meta property=\"og:locale\" content=\"en_US\">")));
    }
}
