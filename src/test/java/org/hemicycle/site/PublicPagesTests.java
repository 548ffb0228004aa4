package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import jakarta.servlet.http.Cookie;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanPages;
import org.hemicycle.plan.PlanStepLists;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What anyone can read without signing in, and what they cannot. */
@HemicycleTest
class PublicPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;
    @Autowired CommitmentService commitments;

    @Test
    void homeListsParliamentsAndTheirCurrentPlans() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Congreso Nacional de Chile")))
                .andExpect(content().string(containsString("Plan de Acción de Congreso Abierto 2025-2027")))
                .andExpect(content().string(containsString("Step 8 of 10: Implementation")))
                // The demo's Paraguayan plan is an unpublished draft.
                .andExpect(content().string(not(containsString("Borrador interno"))));
    }

    @Test
    void parliamentPageShowsChambersOgpParticipationAndPlans() throws Exception {
        mvc.perform(get("/parliaments/chile").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cámara de Diputadas y Diputados")))
                .andExpect(content().string(containsString("Senado")))
                .andExpect(content().string(containsString("Participating country since 2011")))
                .andExpect(content().string(containsString("/parliaments/chile/plans/2025-2027")));
    }

    @Test
    void adoptedPlanPageShowsTheTenStepTimelineWithWhatEachRecorded() throws Exception {
        mvc.perform(get("/parliaments/chile/plans/2025-2027").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"es\"")))
                .andExpect(content().string(containsString("10. Lessons for the next cycle")))
                .andExpect(content().string(containsString("Grupo Bicameral de Transparencia")))
                .andExpect(content().string(containsString("Vote of the Board")))
                .andExpect(content().string(containsString("Jefa de Transparencia")))
                .andExpect(content().string(containsString("Fundación Ciudadanía Inteligente")))
                .andExpect(content().string(containsString("Mesa de priorización")))
                .andExpect(content().string(containsString("Acuerdo conjunto de las Comisiones de Régimen Interno")))
                .andExpect(content().string(containsString("Commitments (5)")))
                .andExpect(content().string(containsString("Ethics and probity")))
                .andExpect(content().string(containsString("86% along · 2 of 3 activities done")));
    }

    @Test
    void commitmentPageShowsAnnexAFieldsInOrder() throws Exception {
        String page = mvc.perform(get("/parliaments/chile/plans/2025-2027/commitments/2").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String[] annexAOrder = {"Timeframe", "Responsible institution or actor", "Government or parliament partners",
                "Other partners", "Issue", "<dt>Commitment</dt>", "Justification", "OGP relevance", "Activities",
                "Indicators", "Budget", "Contact person"};
        int previous = -1;
        for (String label : annexAOrder) {
            int position = page.indexOf(label.startsWith("<") ? label : ">" + label + "<");
            org.assertj.core.api.Assertions.assertThat(position).as("position of %s", label).isGreaterThan(previous);
            previous = position;
        }
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("API de votaciones y asistencia", "Conjuntos de datos publicados", "Descargas mensuales",
                        "Technology and innovation", "Biblioteca del Congreso Nacional");
    }

    @Test
    void eachLanguageOfAPageHasItsOwnAddressWhichSetsNoCookie() throws Exception {
        MockHttpServletResponse spanish = mvc.perform(get("/parliaments/chile").param("lang", "es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\""))).andReturn().getResponse();
        assertThat(spanish.getCookie("hemicycle-lang")).as("a language named in the address is not remembered").isNull();
        assertThat(spanish.getContentAsString()).contains(
                "<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost/parliaments/chile?lang=fr\">",
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/parliaments/chile\">",
                "href=\"/languages/pt?page=/parliaments/chile\"");
        mvc.perform(get("/parliaments/chile").param("lang", "tlh"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void theLanguageSwitcherRemembersTheChoiceAndShowsThePageInIt() throws Exception {
        MockHttpServletResponse switched = mvc.perform(get("/languages/es").param("page", "/parliaments/chile"))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl("/parliaments/chile?lang=es"))
                .andReturn().getResponse();
        Cookie spanish = switched.getCookie("hemicycle-lang");
        assertThat(spanish).isNotNull();
        assertThat(spanish.getValue()).isEqualTo("es");
        for (String elsewhere : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)")) {
            mvc.perform(get("/languages/fr").param("page", elsewhere)).andExpect(redirectedUrl("/?lang=fr"));
        }
        mvc.perform(get("/languages/tlh").param("page", "/")).andExpect(status().isNotFound());

        mvc.perform(get("/parliaments/chile/plans/2025-2027").cookie(spanish))
                .andExpect(content().string(containsString("Paso 8 de 10")));
        mvc.perform(get("/parliaments/chile/plans/2025-2027").param("lang", "fr"))
                .andExpect(content().string(containsString("<html lang=\"fr\"")));
        mvc.perform(get("/parliaments/chile/plans/2025-2027").param("lang", "pt"))
                .andExpect(content().string(containsString("<html lang=\"pt\"")));
        mvc.perform(get("/").header("Accept-Language", "pt-BR,pt;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"pt\"")));
    }

    @Test
    void interfaceWordsCarryThePageLanguageAndOnlyThePlansOwnTextItsContentLanguage() throws Exception {
        String commitment = page("/parliaments/chile/plans/2025-2027/commitments/3", "fr");
        // Labels, "not recorded", statuses and dates: French, whatever the plan's language.
        for (String french : new String[] {"Institution ou acteur responsable", "Livrable :", "Pas encore renseigné",
                "En retard", "Cible", "juin 2025", "Engagement 3"}) {
            assertThat(languageAround(commitment, french)).as("language of \"%s\" on the commitment page", french)
                    .isEqualTo("fr");
        }
        // The commitment's own text: Spanish, the plan's content language.
        for (String spanish : new String[] {"Comisiones de Régimen Interno", "Primer informe anual", "Formato aprobado",
                "Informes anuales publicados", "Rendición de cuentas sobre la gestión parlamentaria.",
                "Secretaria General", "Plan de Acción de Congreso Abierto 2025-2027"}) {
            assertThat(languageAround(commitment, spanish)).as("language of \"%s\" on the commitment page", spanish)
                    .isEqualTo("es");
        }

        String plan = page("/parliaments/chile/plans/2025-2027", "fr");
        for (String french : new String[] {"Étape 8 sur 10", "Valeurs du PGO :", "Vote du Bureau", "Réunions de co-création"}) {
            assertThat(languageAround(plan, french)).as("language of \"%s\" on the plan page", french).isEqualTo("fr");
        }
        for (String spanish : new String[] {"Plan de Acción de Congreso Abierto 2025-2027", "Grupo Bicameral de Transparencia",
                "Mesa de priorización", "Fundación Ciudadanía Inteligente", "Jefa de Transparencia"}) {
            assertThat(languageAround(plan, spanish)).as("language of \"%s\" on the plan page", spanish).isEqualTo("es");
        }

        String parliament = page("/parliaments/chile", "fr");
        assertThat(languageAround(parliament, "Congreso Nacional de Chile")).isEqualTo("es");
        assertThat(languageAround(parliament, "Étape 8 sur 10")).isEqualTo("fr");
    }

    @Test
    void labelsFollowedByAValueCarryTheirColonInTheMessageSoFrenchSpacesIt() throws Exception {
        String home = page("/", "fr");
        assertThat(home).contains(">Plan en cours :<").doesNotContain("</span>:");
        assertThat(page("/", "en")).contains(">Current plan:<");
        assertThat(page("/parliaments/chile/plans/2025-2027", "fr")).contains(">Valeurs du PGO :<").doesNotContain("</span>:");
        assertThat(page("/parliaments/chile/plans/2025-2027/commitments/3", "fr")).contains(">Livrable :<");
    }

    @Test
    void aPlanWithoutActivitiesSaysSoInsteadOfShowingAnEmptyBar() throws Exception {
        String trinidad = "/parliaments/trinidad-and-tobago/plans/2026-2028";
        assertThat(page(trinidad, "en"))
                .contains("No activity has been planned yet in any commitment.", "No activity planned yet.")
                .doesNotContain("0 of 0", "Activities done across the plan", "<progress");
        assertThat(page(trinidad, "fr")).contains("Aucune activité n’est encore prévue, dans aucun engagement.")
                .doesNotContain("0 sur 0");
        assertThat(page(trinidad + "/commitments/1", "es")).contains("Todavía no hay actividades planificadas.")
                .doesNotContain("<progress");
        // A plan with activities keeps its bar.
        assertThat(page("/parliaments/chile/plans/2025-2027", "en")).contains("Activities done across all commitments: ")
                .doesNotContain("No activity has been planned yet");
    }

    private String page(String url, String language) throws Exception {
        return mvc.perform(get(url).param("lang", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>", Pattern.DOTALL);
    private static final Pattern LANG = Pattern.compile("\\slang=\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    /**
     * The language (that of the nearest lang attribute, else the page's) of the element in main whose own text first
     * contains the given text.
     */
    private static String languageAround(String page, String text) {
        Matcher pageLanguage = Pattern.compile("<html[^>]*\\slang=\"([^\"]*)\"").matcher(page);
        assertThat(pageLanguage.find()).as("the page's lang attribute").isTrue();
        String html = page.substring(page.indexOf("<main"));
        Deque<String[]> open = new ArrayDeque<>();
        open.push(new String[] {"html", pageLanguage.group(1)});
        Matcher tag = TAG.matcher(html);
        int textStart = 0;
        while (tag.find()) {
            if (html.substring(textStart, tag.start()).contains(text)) {
                return open.peek()[1];
            }
            textStart = tag.end();
            if (tag.group(2) == null) {
                continue;
            }
            String name = tag.group(2).toLowerCase();
            if (tag.group(1).isEmpty()) {
                if (!VOID.contains(name) && !tag.group(3).endsWith("/")) {
                    Matcher lang = LANG.matcher(tag.group(3));
                    open.push(new String[] {name, lang.find() ? lang.group(1) : open.peek()[1]});
                }
            } else {
                while (open.size() > 1 && !open.pop()[0].equals(name)) {
                    // An element left open (as HTML allows for some) ends with its parent.
                }
            }
        }
        throw new AssertionError("\"" + text + "\" is not in the page's main");
    }

    @Test
    void draftsAreHiddenFromThePublicAndFromOtherParliamentsButNotFromTheirOwn() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan draft = fixtures.plan(editor, parliament);
        String url = "/parliaments/" + parliament.getSlug() + "/plans/" + draft.getSlug();
        HemicycleUser civilSociety = fixtures.user(parliament, ParliamentRole.CIVIL_SOCIETY);
        Parliament other = fixtures.parliament(null);
        HemicycleUser otherEditor = fixtures.editor(other);

        mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get(url).with(user(otherEditor))).andExpect(status().isNotFound());
        mvc.perform(get("/parliaments/" + parliament.getSlug()).accept(MediaType.TEXT_HTML))
                .andExpect(content().string(not(containsString(draft.getTitle()))));
        mvc.perform(get(url).with(user(civilSociety))).andExpect(status().isOk())
                .andExpect(content().string(containsString(draft.getTitle())));

        cycle.publish(editor, draft.getId());
        mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().string(containsString(draft.getTitle())));
    }

    @Test
    void unknownAddressesAnswer404AndMalformedOnes400() throws Exception {
        mvc.perform(get("/parliaments/atlantis").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/parliaments/chile/plans/1999-2000").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/parliaments/chile/plans/2025-2027/commitments/11").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/parliaments/chile/plans/2025-2027/commitments/one").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }

    @Test
    void userTextIsEscapedOnOutput() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        {
            commitments.add(editor, plan.getId(), Fixtures.draftCommitment("<script>alert('x')</script> & <b>bold</b>"));
            cycle.publish(editor, plan.getId());
        }

        mvc.perform(get("/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<b>bold"))))
                // An apostrophe is harmless in text and left as it is there (jte); attributes escape it.
                .andExpect(content().string(containsString("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("default-src 'self'"), containsString("script-src 'self'"),
                        containsString("style-src 'self'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void onlyTheHealthEndpointOfActuatorIsExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator")).andExpect(status().isNotFound());
    }

    @Test
    void pagesHaveNoInlineScriptsOrStyles() throws Exception {
        for (String url : new String[] {"/", "/parliaments/chile", "/parliaments/chile/plans/2025-2027",
                "/parliaments/chile/plans/2025-2027/commitments/1", "/login"}) {
            mvc.perform(get(url))
                    .andExpect(content().string(not(containsString(" style=\""))))
                    .andExpect(content().string(not(matchesPattern("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"))))
                    .andExpect(content().string(not(containsString("onclick="))));
        }
    }
}
