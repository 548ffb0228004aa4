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
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Two people open the same form: the second save does not silently wipe the first. */
@HemicycleTest
class EditConflictTests {

    private static final Pattern VERSION = Pattern.compile("name=\"recordVersion\" value=\"([0-9a-f]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanService plans;
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
    void aStaleStepSaveIsA409ThatKeepsTheInputAndShowsWhatChanged() throws Exception {
        String stepUrl = "/manage/plans/" + plan.getId() + "/steps/lead-body";
        String seenByBoth = version(get(stepUrl).with(user(editor)));
        String contactVersion = version(get("/manage/plans/" + plan.getId() + "/steps/point-of-contact").with(user(editor)));

        mvc.perform(post(stepUrl).with(user(colleague)).with(csrf()).param("name", "Committee on Openness")
                        .param("recordVersion", seenByBoth))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(post(stepUrl).with(user(editor)).with(csrf()).param("lang", "en")
                        .param("name", "Joint Committee").param("priorities", "Open data first")
                        .param("recordVersion", seenByBoth))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(conflict)
                .contains("Someone else saved this record after you opened it.")
                .contains("value=\"Joint Committee\"", "Open data first")
                .contains("Saved meanwhile by someone else: “Committee on Openness”.");
        assertThat(fixtures.as(editor, () -> plans.editablePlan(plan.getId())).leadBody().name()).isEqualTo("Committee on Openness");

        // Saving again from the conflict page is a deliberate choice, and it is kept.
        mvc.perform(post(stepUrl).with(user(editor)).with(csrf()).param("name", "Joint Committee")
                        .param("recordVersion", versionIn(conflict)))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as(editor, () -> plans.editablePlan(plan.getId())).leadBody().name()).isEqualTo("Joint Committee");

        // A form about another step of the same plan was not changed by either save: no conflict there.
        mvc.perform(post("/manage/plans/" + plan.getId() + "/steps/point-of-contact").with(user(colleague)).with(csrf())
                        .param("name", "P. Contact").param("title", "Clerk").param("recordVersion", contactVersion))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aStaleCommitmentSaveIsRefusedToo() throws Exception {
        Commitment commitment = fixtures.as(editor, () -> commitments.add(plan.getId(), Fixtures.draftCommitment("Open votes")));
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
                .contains("Saved meanwhile by someone else: “Open every vote”.");
        assertThat(fixtures.as(editor, () -> commitments.workspace(commitment.getId())).commitment().getTitle())
                .isEqualTo("Open every vote");
    }

    private String version(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return versionIn(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String versionIn(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("the form carries the record's version").isTrue();
        return matcher.group(1);
    }
}
