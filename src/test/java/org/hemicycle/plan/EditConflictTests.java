package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Two people open the same form: the second save does not silently wipe the first. */
@HemicycleTest
class EditConflictTests {

    private static final Pattern VERSION = Pattern.compile("name=\"recordVersion\" value=\"([0-9a-f]+)\"");
    private static final Pattern SEEN = Pattern.compile("name=\"(seen-\\w+)\" value=\"([0-9a-f]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;
    @Autowired CommitmentService commitments;

    Parliament parliament;
    HemicycleUser editor;
    HemicycleUser colleague;
    ActionPlan plan;

    @BeforeEach
    void setUp() {
        parliament = fixtures.parliament(null);
        editor = fixtures.editor(parliament);
        colleague = fixtures.editor(parliament);
        plan = fixtures.plan(editor, parliament);
    }

    @Test
    void aStaleStepSaveMergesWhatEachChangedAndMarksOnlyWhatBothChanged() throws Exception {
        String stepUrl = "/manage/plans/" + plan.getId() + "/steps/lead-body";
        String openedByEditor = page(get(stepUrl).with(user(editor)));
        String openedByColleague = page(get(stepUrl).with(user(colleague)));
        String contactForm = page(get("/manage/plans/" + plan.getId() + "/steps/point-of-contact").with(user(editor)));

        mvc.perform(withVersion(post(stepUrl), openedByColleague).with(user(colleague)).with(csrf())
                        .param("name", "Committee on Openness").param("mandate", "Members of all parties"))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(withVersion(post(stepUrl), openedByEditor).with(user(editor)).with(csrf())
                        .param("lang", "en").param("name", "Joint Committee").param("mandate", "")
                        .param("priorities", "Open data first"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict)
                .contains("Someone else saved this record after you opened it,")
                // Both changed the name: theirs is shown beside mine.
                .contains("value=\"Joint Committee\"", "The saved version says: “Committee on Openness”.")
                // Only I changed the priorities: kept, not blamed on them; only they changed the mandate: taken.
                .contains(">Open data first</textarea>", ">Members of all parties</textarea>")
                .doesNotContain("The saved version says: “(empty)”.");
        assertThat(pages.editablePlan(editor, plan.getId()).leadBody().name()).isEqualTo("Committee on Openness");

        // Saving the merged form again is a deliberate choice, and it keeps the colleague's mandate.
        mvc.perform(withVersion(post(stepUrl), conflict).with(user(editor)).with(csrf()).param("name", "Joint Committee")
                        .param("mandate", "Members of all parties").param("priorities", "Open data first"))
                .andExpect(status().is3xxRedirection());
        LeadBody saved = pages.editablePlan(editor, plan.getId()).leadBody();
        assertThat(saved.name()).isEqualTo("Joint Committee");
        assertThat(saved.mandate()).isEqualTo("Members of all parties");
        assertThat(saved.priorities()).isEqualTo("Open data first");

        // A form about another step of the same plan was not changed by either save: no conflict there.
        mvc.perform(withVersion(post("/manage/plans/" + plan.getId() + "/steps/point-of-contact"), contactForm)
                        .with(user(colleague)).with(csrf()).param("name", "P. Contact").param("title", "Clerk"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aFormRedrawnAfterASubFormErrorStillCarriesItsVersion() throws Exception {
        Commitment commitment = commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Open votes"));
        String page = mvc.perform(post("/manage/commitments/" + commitment.getId() + "/activities").with(user(editor))
                        .with(csrf()).param("activity", ""))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(versionIn(page)).isNotBlank();
        assertThat(page).contains("name=\"seen-title\"");
    }

    @Test
    void aStaleCommitmentSaveIsRefusedToo() throws Exception {
        Commitment commitment = commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Open votes"));
        String url = "/manage/commitments/" + commitment.getId();
        String seen = version(get(url).with(user(editor)));

        mvc.perform(post(url).with(user(colleague)).with(csrf()).param("title", "Open every vote").param("pillar", "TRANSPARENCY")
                        .param("recordVersion", seen))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(post(url).with(user(editor)).with(csrf()).param("lang", "en")
                        .param("title", "Open committee votes").param("pillar", "TRANSPARENCY").param("recordVersion", seen))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("value=\"Open committee votes\"")
                .contains("The saved version says: “Open every vote”.");
        assertThat(commitments.workspace(editor, commitment.getId()).commitment().getTitle())
                .isEqualTo("Open every vote");
    }

    @Test
    void aStaleActivitySaveIsRefusedAndShowsTheSavedDatesInWords() throws Exception {
        Commitment commitment = commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Hearings"));
        commitments.addActivity(editor, commitment.getId(), new NewActivity("Budget hearing", null,
                java.time.LocalDate.of(2025, 3, 1), java.time.LocalDate.of(2025, 3, 31)));
        Long activityId = commitments.workspace(editor, commitment.getId()).activities().get(0).getId();
        String url = "/manage/commitments/" + commitment.getId() + "/activities/" + activityId;
        String seen = version(get(url).with(user(editor)));

        mvc.perform(post(url).with(user(colleague)).with(csrf()).param("activity", "Budget hearing")
                        .param("activityStart", "2025-03-01").param("activityEnd", "2025-04-30").param("recordVersion", seen))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(post(url).with(user(editor)).with(csrf()).param("lang", "en")
                        .param("activity", "Budget hearings").param("activityStart", "2025-03-01")
                        .param("activityEnd", "2025-05-31").param("recordVersion", seen))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains(">Budget hearings</textarea>", "The saved version says: “30 Apr 2025”.");
    }

    private String version(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return versionIn(page(request));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The hidden fields a form page carries: the record's version and each field's digest as shown. */
    private static MockHttpServletRequestBuilder withVersion(MockHttpServletRequestBuilder request, String formPage) {
        Matcher seen = SEEN.matcher(formPage);
        while (seen.find()) {
            request.param(seen.group(1), seen.group(2));
        }
        return request.param("recordVersion", versionIn(formPage));
    }

    private static String versionIn(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("the form carries the record's version").isTrue();
        return matcher.group(1);
    }
}
