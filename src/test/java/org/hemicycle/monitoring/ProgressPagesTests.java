package org.hemicycle.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hemicycle.AtOnce;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.commitment.Activity;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.commitment.NewActivity;
import org.hemicycle.commitment.ProgressStatus;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.Completion;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Progress updates with their evidence, rolled up into the commitment, and readings of its indicators, charted. */
@HemicycleTest
class ProgressPagesTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired CommitmentService commitments;
    @Autowired MonitoringService monitoring;
    @Autowired org.hemicycle.version.VersionService versions;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    record Adopted(Parliament parliament, HemicycleUser editor, ActionPlan plan, Long commitmentId, List<Activity> activities,
                   String publicPath, String manage) {
    }

    /** The fixture's adopted plan, its commitment with a second activity, ending next year, beside the first. */
    Adopted adopted() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        Long commitmentId = commitments.wholeCommitmentsOf(editor, plan.getId()).get(0).commitment().getId();
        List<Activity> activities = commitments.wholeCommitmentsOf(editor, plan.getId()).get(0).activities();
        return new Adopted(parliament, editor, plan, commitmentId, activities,
                "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/commitments/1",
                "/manage/commitments/" + commitmentId + "/progress");
    }

    MockMultipartHttpServletRequestBuilder update(Adopted a, HemicycleUser author) {
        return (MockMultipartHttpServletRequestBuilder) multipart(a.manage() + "/updates").with(user(author)).with(csrf())
                .param("lang", "en");
    }

    @Test
    void anUpdateWithAPdfAsEvidenceRollsUpAndThePublicReadsAndDownloadsIt() throws Exception {
        Adopted a = adopted();
        Activity activity = a.activities().get(0);

        mvc.perform(get(a.manage()).with(user(a.editor())).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Post a progress update")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(update(a, a.editor()).file(new MockMultipartFile("evidenceFile", "portal-launch.pdf", "application/pdf", PDF))
                        .param("activityId", activity.getId().toString()).param("status", "COMPLETED")
                        .param("narrative", "The portal is live with the first ten datasets."))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select progress_percent from activity where id = ?", Integer.class, activity.getId())).isEqualTo(100);
        assertThat(jdbc.queryForObject("select completion from commitment where id = ?", String.class, a.commitmentId())).isEqualTo("COMPLETE");
        String page = mvc.perform(get(a.publicPath()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Progress updates (1)")))
                .andExpect(content().string(containsString("The portal is live with the first ten datasets.")))
                .andExpect(content().string(containsString("point of contact")))
                .andExpect(content().string(containsString("portal-launch.pdf")))
                .andExpect(content().string(containsString("100% along · 1 of 1 activity done")))
                .andReturn().getResponse().getContentAsString();
        String evidence = page.replaceAll("(?s).*href=\"([^\"]+/updates/\\d+/evidence)\".*", "$1");
        mvc.perform(get(evidence))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("portal-launch.pdf")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get(a.publicPath().replace("/commitments/1", "/commitments/1/updates/999999/evidence")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1" + a.publicPath() + "/updates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("COMPLETED"))
                .andExpect(jsonPath("$[0].percent").value(100))
                .andExpect(jsonPath("$[0].evidence.fileName").value("portal-launch.pdf"))
                .andExpect(jsonPath("$[0].evidence.url").value(evidence));
    }

    @Test
    void badUpdatesAreRefusedWithWhatIsWrongAndNothingIsSaved() throws Exception {
        Adopted a = adopted();
        String activity = a.activities().get(0).getId().toString();

        mvc.perform(update(a, a.editor()).param("activityId", activity).param("status", "IN_PROGRESS").param("narrative", "Going."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Say how far along it is, from 1 to 99 per cent.")));
        mvc.perform(update(a, a.editor()).param("activityId", activity).param("status", "COMPLETED").param("narrative", "Done."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the evidence that it is done: a file or a link.")));
        mvc.perform(update(a, a.editor()).param("activityId", activity).param("status", "IN_PROGRESS").param("percent", "40")
                        .param("narrative", "Going.").param("postedOn", LocalDate.now().plusDays(2).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give a date that is not in the future.")));
        mvc.perform(update(a, a.editor()).param("status", "IN_PROGRESS").param("percent", "40").param("narrative", "All of it."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This commitment takes its progress from its activities")));
        mvc.perform(update(a, a.editor()).param("activityId", activity).param("status", "WITHDRAWN").param("narrative", "Dropped."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Only a whole commitment is withdrawn.")));
        mvc.perform(update(a, a.editor()).param("activityId", activity).param("status", "IN_PROGRESS").param("percent", "forty")
                        .param("narrative", "Going."))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(update(a, a.editor()).param("activityId", activity).param("status", "IN_PROGRESS").param("percent", "40")
                        .param("narrative", " "))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(update(a, a.editor()).param("activityId", activity).param("status", "COMPLETED").param("narrative", "Done.")
                        .param("evidenceLink", "javascript:alert(1)"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give a web address starting with https:// or http://.")));
        // A page named .pdf is still a page: its content says so, and it is refused.
        mvc.perform(update(a, a.editor()).file(new MockMultipartFile("evidenceFile", "report.pdf", "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .param("activityId", activity).param("status", "COMPLETED").param("narrative", "Done."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This file is not one taken as evidence.")));
        byte[] large = new byte[(int) monitoring.maxEvidenceBytes() + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        mvc.perform(update(a, a.editor()).file(new MockMultipartFile("evidenceFile", "big.pdf", "application/pdf", large))
                        .param("activityId", activity).param("status", "COMPLETED").param("narrative", "Done."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This file is larger than 10 MB.")));
        mvc.perform(update(a, a.editor()).param("activityId", "999999").param("status", "IN_PROGRESS").param("percent", "40")
                        .param("narrative", "Going."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose one of this commitment's activities.")));

        assertThat(jdbc.queryForObject("select count(*) from progress_update where commitment_id = ?", Integer.class, a.commitmentId())).isZero();
        assertThat(jdbc.queryForObject("select progress_percent from activity where id = ?", Integer.class, Long.valueOf(activity))).isZero();

        // Before adoption nothing is implemented yet.
        Parliament other = fixtures.parliament(null);
        HemicycleUser otherEditor = fixtures.editor(other);
        ActionPlan drafting = fixtures.planInDrafting(otherEditor, other);
        Long draft = commitments.add(otherEditor, drafting.getId(), Fixtures.completeCommitment("Draft")).getId();
        mvc.perform(multipart("/manage/commitments/" + draft + "/progress/updates").with(user(otherEditor)).with(csrf())
                        .param("lang", "en").param("status", "IN_PROGRESS").param("percent", "10").param("narrative", "Early.")
                        .param("postedOn", LocalDate.now().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Progress is reported once the plan is adopted.")));
    }

    @Test
    void onlyThePlanTeamAndTheCommitmentsCoImplementersPostItsUpdates() throws Exception {
        Adopted a = adopted();
        String activity = a.activities().get(0).getId().toString();
        HemicycleUser citizen = fixtures.user(fixtures.parliament(null));
        HemicycleUser civilSociety = fixtures.user(a.parliament(), ParliamentRole.CIVIL_SOCIETY);

        mvc.perform(get(a.manage()).with(user(citizen))).andExpect(status().isForbidden());
        mvc.perform(get(a.manage()).with(user(civilSociety))).andExpect(status().isForbidden());
        mvc.perform(update(a, civilSociety).param("activityId", activity).param("status", "IN_PROGRESS").param("percent", "30")
                .param("narrative", "Our part.")).andExpect(status().isForbidden());
        mvc.perform(post(a.manage() + "/co-implementers").with(user(civilSociety)).with(csrf())
                .param("accountId", civilSociety.id().toString())).andExpect(status().isForbidden());
        mvc.perform(post(a.manage() + "/co-implementers").with(user(a.editor())).with(csrf()).param("lang", "en")
                        .param("accountId", citizen.id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose a civil-society member of this parliament.")));

        mvc.perform(get(a.manage()).with(user(a.editor())).param("lang", "en"))
                .andExpect(content().string(containsString(civilSociety.displayName())));
        mvc.perform(post(a.manage() + "/co-implementers").with(user(a.editor())).with(csrf())
                .param("accountId", civilSociety.id().toString())).andExpect(status().is3xxRedirection());
        mvc.perform(update(a, civilSociety).param("activityId", activity).param("status", "IN_PROGRESS").param("percent", "30")
                .param("narrative", "Our part is under way.")).andExpect(status().is3xxRedirection());
        mvc.perform(get(a.publicPath()).param("lang", "en"))
                .andExpect(content().string(containsString("Our part is under way.")))
                .andExpect(content().string(containsString("civil-society co-implementer")))
                .andExpect(content().string(containsString("Overdue</span> <span>30%</span>")));
        mvc.perform(get(a.publicPath()).with(user(civilSociety)).param("lang", "en"))
                .andExpect(content().string(containsString("href=\"" + a.manage() + "\"")));

        mvc.perform(post(a.manage() + "/co-implementers/" + civilSociety.id() + "/remove").with(user(a.editor())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(update(a, civilSociety).param("activityId", activity).param("status", "IN_PROGRESS").param("percent", "40")
                .param("narrative", "More.")).andExpect(status().isForbidden());
        // What was said stays: the record is append-only, whoever said it.
        assertThat(jdbc.queryForObject("select narrative from progress_update where commitment_id = ?", String.class, a.commitmentId()))
                .isEqualTo("Our part is under way.");
    }

    @Test
    void activitiesRollUpByTheirWeightAndAnOverdueActivityIsFlagged() throws Exception {
        Adopted a = adopted();
        List<Activity> activities = withSecondActivity(a);
        Activity late = activities.get(0);
        Activity later = activities.get(1);

        // Both ended (the fixture's commitment ends on 30 June 2026) and neither is done.
        mvc.perform(get(a.publicPath()).param("lang", "en"))
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(containsString("2 activities overdue")));
        String weight = a.manage() + "/activities/" + later.getId() + "/weight";
        mvc.perform(get(a.manage()).with(user(a.editor())).param("lang", "en"))
                .andExpect(content().string(containsString("action=\"" + weight + "#weights\"")));
        for (String wrong : new String[] {"0", "101", "heavy", ""}) {
            mvc.perform(post(weight).with(user(a.editor())).with(csrf()).param("lang", "en").param("weight", wrong))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("Give a weight from 1 to 100.")))
                    .andExpect(content().string(containsString("aria-describedby=\"weight-" + later.getId() + "-error\"")))
                    .andExpect(content().string(containsString("value=\"" + wrong + "\"")));
        }
        HemicycleUser civilSociety = fixtures.user(a.parliament(), org.hemicycle.account.ParliamentRole.CIVIL_SOCIETY);
        mvc.perform(post(weight).with(user(civilSociety)).with(csrf()).param("weight", "5")).andExpect(status().isForbidden());
        mvc.perform(post(weight).with(user(a.editor())).with(csrf()).param("weight", "3"))
                .andExpect(redirectedUrl(a.manage() + "#weights"));
        assertThat(jdbc.queryForObject("select weight from activity where id = ?", Integer.class, later.getId())).isEqualTo(3);
        monitoring.post(a.editor(), a.commitmentId(), new NewUpdate(later.getId(), ProgressStatus.IN_PROGRESS, 60,
                "Halfway and more.", null, LocalDate.now()), null);
        // (3 × 60 + 1 × 0) / 4 = 45: limited.
        mvc.perform(get(a.publicPath()).param("lang", "en"))
                .andExpect(content().string(containsString("45% along · 0 of 2 activities done")));
        assertThat(jdbc.queryForObject("select completion from commitment where id = ?", String.class, a.commitmentId()))
                .isEqualTo(Completion.LIMITED.name());
        monitoring.post(a.editor(), a.commitmentId(), new NewUpdate(late.getId(), ProgressStatus.COMPLETED, null,
                "Done at last.", "https://example.org/report", LocalDate.now()), null);
        mvc.perform(get(a.publicPath()).param("lang", "en"))
                .andExpect(content().string(containsString("70% along · 1 of 2 activities done")))
                .andExpect(content().string(containsString("1 activity overdue")));
        monitoring.post(a.editor(), a.commitmentId(), new NewUpdate(null, ProgressStatus.WITHDRAWN, null,
                "The bureau withdrew it.", null, LocalDate.now()), null);
        assertThat(jdbc.queryForObject("select completion from commitment where id = ?", String.class, a.commitmentId()))
                .isEqualTo(Completion.WITHDRAWN.name());
    }

    @Test
    void updatesPostedAtOnceAllRollUpAndNoneIsLost() throws Exception {
        Adopted a = adopted();
        List<Activity> activities = withSecondActivity(a);
        List<Callable<Long>> posts = new ArrayList<>();
        for (Activity activity : activities) {
            posts.add(() -> monitoring.post(a.editor(), a.commitmentId(), new NewUpdate(activity.getId(), ProgressStatus.COMPLETED,
                    null, "Done.", "https://example.org/" + activity.getId(), LocalDate.now()), null));
        }
        AtOnce.run(posts);
        assertThat(jdbc.queryForObject("select count(*) from progress_update where commitment_id = ?", Integer.class, a.commitmentId()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select completion from commitment where id = ?", String.class, a.commitmentId()))
                .isEqualTo("COMPLETE");
    }

    @Test
    void readingsAreChartedAgainstBaselineAndTargetWithTheirTable() throws Exception {
        Adopted a = adopted();
        Long indicator = commitments.wholeCommitmentsOf(a.editor(), a.plan().getId()).get(0).indicators().get(0).getId();
        String readings = a.manage() + "/readings";

        mvc.perform(post(readings).with(user(a.editor())).with(csrf()).param("lang", "en").param("indicatorId", indicator.toString())
                        .param("readOn", "2025-06-30").param("value", "3").param("source", "Portal statistics"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(readings).with(user(a.editor())).with(csrf()).param("indicatorId", indicator.toString())
                .param("readOn", "2025-12-31").param("value", "7.5")).andExpect(status().is3xxRedirection());
        mvc.perform(post(readings).with(user(a.editor())).with(csrf()).param("lang", "en").param("indicatorId", "999999")
                        .param("readOn", "2025-12-31").param("value", "7"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose one of this commitment's indicators.")));
        mvc.perform(post(readings).with(user(a.editor())).with(csrf()).param("lang", "en").param("indicatorId", indicator.toString())
                        .param("readOn", "2025-12-31").param("value", "7.123456"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give a number of at most 15 digits and 4 decimals.")));
        mvc.perform(post(readings).with(user(a.editor())).with(csrf()).param("lang", "en").param("indicatorId", indicator.toString())
                        .param("readOn", "2025-12-31").param("value", "many"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give the value as a number, such as 12 or 37.5.")));
        // Each missing field named, not a generic "enter a value".
        mvc.perform(post(readings).with(user(a.editor())).with(csrf()).param("lang", "en").param("indicatorId", "")
                        .param("readOn", "").param("value", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose the indicator the reading is of.")))
                .andExpect(content().string(containsString("Give the day it was measured.")))
                .andExpect(content().string(containsString("Give the value measured.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Choose or enter a value."))));

        mvc.perform(get(a.publicPath()).param("lang", "en"))
                .andExpect(content().string(containsString("<svg viewBox=\"0 0 640 240\" role=\"img\"")))
                .andExpect(content().string(containsString("class=\"chart-readings\" points=\"56.0,143.6 560.0,59.0\"")))
                .andExpect(content().string(containsString("class=\"chart-target\"")))
                .andExpect(content().string(containsString("Target 10")))
                .andExpect(content().string(containsString("Baseline 0")))
                .andExpect(content().string(containsString("2 readings over time")))
                .andExpect(content().string(containsString("7.5 datasets")))
                .andExpect(content().string(containsString("Portal statistics")));
        mvc.perform(get(a.publicPath()).param("lang", "es"))
                .andExpect(content().string(containsString("Meta 10")))
                .andExpect(content().string(containsString("2 mediciones en el tiempo")));
    }

    @Test
    void theCommitmentPageReadsAsManyStatementsWithOneUpdateAsWithMany() throws Exception {
        Adopted a = adopted();
        Long activity = a.activities().get(0).getId();
        Long indicator = commitments.wholeCommitmentsOf(a.editor(), a.plan().getId()).get(0).indicators().get(0).getId();
        monitoring.post(a.editor(), a.commitmentId(), new NewUpdate(activity, ProgressStatus.IN_PROGRESS, 10, "Started.",
                null, LocalDate.now()), new EvidenceUpload("start.pdf", PDF));
        monitoring.record(a.editor(), a.commitmentId(), new NewReading(indicator, LocalDate.of(2025, 5, 1), java.math.BigDecimal.ONE, null));
        long one = statements(a.publicPath());
        for (int i = 2; i <= 30; i++) {
            monitoring.post(a.editor(), a.commitmentId(), new NewUpdate(activity, ProgressStatus.IN_PROGRESS, i, "Step " + i,
                    null, LocalDate.now()), new EvidenceUpload("step.pdf", PDF));
            monitoring.record(a.editor(), a.commitmentId(), new NewReading(indicator, LocalDate.of(2025, 5, 1).plusDays(i),
                    java.math.BigDecimal.valueOf(i), null));
        }
        assertThat(statements(a.publicPath())).isEqualTo(one);
        mvc.perform(get(a.publicPath()).param("lang", "en"))
                .andExpect(content().string(containsString("Progress updates (30)")))
                .andExpect(content().string(containsString("10 earlier updates in the full record")));
    }

    /** Added by an amendment, as any change to an adopted plan: the first activity, then "Train the clerks". */
    private List<Activity> withSecondActivity(Adopted a) {
        versions.openAmendment(a.editor(), a.plan().getId(), "A second activity.");
        commitments.addActivity(a.editor(), a.commitmentId(), new NewActivity("Train the clerks", null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));
        versions.recordAmendment(a.editor(), a.plan().getId());
        List<Activity> activities = commitments.wholeCommitmentsOf(a.editor(), a.plan().getId()).get(0).activities();
        assertThat(activities).hasSize(2);
        return activities.stream().sorted(java.util.Comparator.comparing(Activity::getEndDate)).toList();
    }

    private long statements(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
