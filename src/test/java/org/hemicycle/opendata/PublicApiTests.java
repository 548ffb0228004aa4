package org.hemicycle.opendata;

import static org.hamcrest.Matchers.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What the public pages show is also served as JSON, and drafts stay hidden there too. */
@HemicycleTest
class PublicApiTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void listsParliamentsWithChambersAndPublishedPlans() throws Exception {
        mvc.perform(get("/api/v1/parliaments"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[?(@.slug == 'chile')].structure").value(contains("BICAMERAL")))
                .andExpect(jsonPath("$[?(@.slug == 'chile')].chambers[*].slug", containsInAnyOrder("senado", "camara")))
                .andExpect(jsonPath("$[?(@.slug == 'chile')].plans[0].url").value(contains("/parliaments/chile/plans/2025-2027")))
                .andExpect(jsonPath("$[?(@.slug == 'paraguay')].plans[*]", empty()));
    }

    @Test
    void servesAPlanWithEveryStepsRecordAndItsCommitments() throws Exception {
        mvc.perform(get("/api/v1/parliaments/chile/plans/2025-2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("IMPLEMENTATION"))
                .andExpect(jsonPath("$.step").value(8))
                .andExpect(jsonPath("$.contentLanguage").value("es"))
                .andExpect(jsonPath("$.politicalWill.chambers", containsInAnyOrder("senado", "camara")))
                .andExpect(jsonPath("$.politicalWill.ogpAnnex").value(true))
                .andExpect(jsonPath("$.leadBody.name").value("Grupo Bicameral de Transparencia"))
                .andExpect(jsonPath("$.leadBody.authorizationMechanism").value("BOARD_VOTE"))
                .andExpect(jsonPath("$.leadBody.members", hasSize(3)))
                .andExpect(jsonPath("$.pointOfContact.title").value("Jefa de Transparencia"))
                .andExpect(jsonPath("$.civilSocietyEngagement.organizations", hasSize(3)))
                .andExpect(jsonPath("$.coCreationDesign.meetings[0].heldOn").value("2024-10-08"))
                .andExpect(jsonPath("$.adoption.adoptedOn").value("2025-02-20"))
                .andExpect(jsonPath("$.history[*].to", hasItems("ADOPTION", "IMPLEMENTATION")))
                .andExpect(jsonPath("$.commitments", hasSize(5)))
                .andExpect(jsonPath("$.commitments[4].pillar").value("ETHICS"))
                .andExpect(jsonPath("$.commitments[0].activitiesCompleted").value(2));
    }

    @Test
    void servesACommitmentWithItsAnnexAFields() throws Exception {
        mvc.perform(get("/api/v1/parliaments/chile/plans/2025-2027/commitments/2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.pillar").value("OPEN_DATA"))
                .andExpect(jsonPath("$.startDate").value("2025-04-01"))
                .andExpect(jsonPath("$.responsibleInstitution").value("Biblioteca del Congreso Nacional"))
                // In Annex A's order, whatever order a set happens to iterate in.
                .andExpect(jsonPath("$.ogpValues", contains("TRANSPARENCY", "TECHNOLOGY_INNOVATION")))
                .andExpect(jsonPath("$.activities", hasSize(3)))
                .andExpect(jsonPath("$.indicators[1].target").value("5000"))
                .andExpect(jsonPath("$.contactPerson.organization").value("Biblioteca del Congreso Nacional"))
                .andExpect(jsonPath("$.url").value("/parliaments/chile/plans/2025-2027/commitments/2"));
    }

    @Test
    void draftsAndUnknownRecordsAre404() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        ActionPlan draft = fixtures.plan(fixtures.editor(parliament), parliament);

        mvc.perform(get("/api/v1/parliaments/" + parliament.getSlug() + "/plans/" + draft.getSlug()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parliaments/" + parliament.getSlug()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plans", empty()));
        mvc.perform(get("/api/v1/parliaments/atlantis")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/parliaments/chile/plans/2025-2027/commitments/11")).andExpect(status().isNotFound());
    }

    @Test
    void theTimelineSaysTheDayEachStepWasReached() throws Exception {
        mvc.perform(get("/api/v1/parliaments/chile/plans/2025-2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[?(@.to == 'IMPLEMENTATION')].reachedOn").value(org.hamcrest.Matchers.hasItem("2025-03-01")));
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/api/openapi").header("Host", "evil.example"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi", startsWith("3.")))
                .andExpect(jsonPath("$.info.title").value("Hemicycle open data"))
                // The server is this site, never whatever host a client names.
                .andExpect(jsonPath("$.servers[0].url").value("/"))
                .andExpect(jsonPath("$.paths['/api/v1/parliaments/{parliament}/plans/{plan}'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/parliaments/{parliament}/plans/{plan}/commitments/{number}']").exists());
    }
}
