package org.hemicycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.time.LocalDate;
import java.util.List;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentPage;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.parliament.Parliament;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every Remove or Delete of the plan team leads to a page that says what goes and asks to confirm, as a browser
 * without JavaScript uses it; only the confirmation's POST removes anything.
 */
@HemicycleTest
class RemovalConfirmationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanPages pages;
    @Autowired PlanCycle cycle;
    @Autowired PlanStepLists lists;
    @Autowired CommitmentService commitments;

    Parliament parliament;
    HemicycleUser editor;
    ActionPlan plan;
    String workspace;

    @BeforeEach
    void setUp() {
        parliament = fixtures.parliament(null);
        editor = fixtures.editor(parliament);
        plan = fixtures.planInDrafting(editor, parliament);
        workspace = "/manage/plans/" + plan.getId();
    }

    @Test
    void removingALeadBodyMemberAsksFirstThenRemovesOnConfirmation() throws Exception {
        Long member = pages.membersOf(editor, plan.getId()).get(0).getId();
        String removal = workspace + "/members/" + member + "/delete";

        mvc.perform(get(workspace + "/steps/lead-body").with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"" + removal + "\"")))
                .andExpect(content().string(not(containsString("<form action=\"" + removal + "\""))));

        expectConfirmation(removal, "Remove this member of the lead body?", "A. Member", "This cannot be undone.",
                "Yes, remove it", workspace + "/steps/lead-body#members");
        assertThat(pages.membersOf(editor, plan.getId())).hasSize(1);

        mvc.perform(post(removal).with(user(editor)).with(csrf()))
                .andExpect(redirectedUrlPattern(workspace + "/steps/lead-body*"));
        assertThat(pages.membersOf(editor, plan.getId())).isEmpty();
    }

    @Test
    void removingAnOrganizationOrAMeetingAsksFirst() throws Exception {
        lists.addMeeting(editor, plan.getId(),
                new NewMeeting("First co-creation workshop", LocalDate.of(2025, 2, 3), MeetingFormat.IN_PERSON, null));
        Long organization = pages.organizationsOf(editor, plan.getId()).get(0).getId();
        Long meeting = pages.meetingsOf(editor, plan.getId()).get(0).getId();

        mvc.perform(get(workspace + "/steps/civil-society").with(user(editor)))
                .andExpect(content().string(containsString("<a href=\"" + workspace + "/organizations/" + organization + "/delete\"")));
        expectConfirmation(workspace + "/organizations/" + organization + "/delete",
                "Remove this organization from the selected ones?", "Open Data Org", "This cannot be undone.",
                "Yes, remove it", workspace + "/steps/civil-society#organizations");

        mvc.perform(get(workspace + "/steps/co-creation").with(user(editor)))
                .andExpect(content().string(containsString("<a href=\"" + workspace + "/meetings/" + meeting + "/delete\"")));
        expectConfirmation(workspace + "/meetings/" + meeting + "/delete", "Remove this co-creation meeting?",
                "First co-creation workshop", "This cannot be undone.", "Yes, remove it",
                workspace + "/steps/co-creation#meetings");

        assertThat(pages.organizationsOf(editor, plan.getId())).hasSize(1);
        assertThat(pages.meetingsOf(editor, plan.getId())).hasSize(1);
    }

    @Test
    void removingAnActivityAnIndicatorOrTheCommitmentAsksFirst() throws Exception {
        Commitment commitment = fixtures.completeCommitmentWithWork(editor, plan.getId(), "Open the archive");
        String editorPage = "/manage/commitments/" + commitment.getId();
        CommitmentPage page = commitments.workspace(editor, commitment.getId());
        String activity = editorPage + "/activities/" + page.activities().get(0).getId() + "/delete";
        String indicator = editorPage + "/indicators/" + page.indicators().get(0).getId() + "/delete";

        mvc.perform(get(editorPage).with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"" + activity + "\"")))
                .andExpect(content().string(containsString("<a href=\"" + indicator + "\"")))
                .andExpect(content().string(containsString("href=\"" + editorPage + "/delete\"")))
                .andExpect(content().string(not(containsString("action=\"" + editorPage + "/delete\""))));

        expectConfirmation(activity, "Remove this activity?", "Publish the data", "This cannot be undone.",
                "Yes, remove it", editorPage + "#activities");
        expectConfirmation(indicator, "Remove this indicator?", "Datasets published", "This cannot be undone.",
                "Yes, remove it", editorPage + "#indicators");
        expectConfirmation(editorPage + "/delete", "Delete commitment 1?", "Open the archive",
                "the commitments after it move up one number: if the plan is public, their addresses change.", "Delete the commitment", editorPage);

        CommitmentPage after = commitments.workspace(editor, commitment.getId());
        assertThat(after.activities()).hasSize(1);
        assertThat(after.indicators()).hasSize(1);

        mvc.perform(post(editorPage + "/delete").with(user(editor)).with(csrf()))
                .andExpect(redirectedUrl(workspace));
        assertThat(commitmentsOf(plan.getId())).isEmpty();
    }

    @Test
    void onlyThePlansEditorsReachAConfirmationPage() throws Exception {
        Long member = pages.membersOf(editor, plan.getId()).get(0).getId();
        HemicycleUser otherEditor = fixtures.editor(fixtures.parliament(null));

        mvc.perform(get(workspace + "/members/" + member + "/delete"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get(workspace + "/members/" + member + "/delete").with(user(otherEditor)))
                .andExpect(status().is4xxClientError());
        mvc.perform(get(workspace + "/members/999999/delete").with(user(editor)))
                .andExpect(status().isNotFound());
    }

    private void expectConfirmation(String removal, String question, String item, String consequence, String button,
                                    String cancel) throws Exception {
        mvc.perform(get(removal).with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + question + "</h1>")))
                .andExpect(content().string(containsString(">" + item + "</p>")))
                .andExpect(content().string(containsString(consequence)))
                .andExpect(content().string(containsString("<form action=\"" + removal + "\" method=\"post\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString(">" + button + "</button>")))
                .andExpect(content().string(containsString("<a href=\"" + cancel + "\">Cancel</a>")));
    }

    /** The plan's commitments in number order, as its workspace lists them. */
    private List<CommitmentHeadline> commitmentsOf(Long planId) {
        return pages.workspace(editor, planId).commitments().stream().map(CommitmentSummary::commitment).toList();
    }
}
