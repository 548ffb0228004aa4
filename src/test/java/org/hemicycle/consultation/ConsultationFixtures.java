package org.hemicycle.consultation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hemicycle.Fixtures;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.commitment.Commitment;
import org.hemicycle.commitment.CommitmentService;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A published plan with one draft commitment and an open consultation, and people taking part in it, through the site. */
@TestComponent
public class ConsultationFixtures {

    static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private final MockMvc mvc;
    private final Fixtures fixtures;
    private final PlanCycle cycle;
    private final CommitmentService commitments;
    private final JdbcTemplate jdbc;

    ConsultationFixtures(MockMvc mvc, Fixtures fixtures, PlanCycle cycle, CommitmentService commitments, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.cycle = cycle;
        this.commitments = commitments;
        this.jdbc = jdbc;
    }

    public record Consulted(Parliament parliament, HemicycleUser editor, ActionPlan plan, Commitment commitment, String path,
                            Long consultationId) {

        public String consultation() {
            return path + "/consultations/" + consultationId;
        }

        public String idea(Long ideaId) {
            return consultation() + "/ideas/" + ideaId;
        }
    }

    /** Open since yesterday for a week, in Santiago's time; its editor is the parliament's point of contact. */
    public Consulted consulted() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        Commitment commitment = commitments.add(editor, plan.getId(), Fixtures.draftCommitment("Open votes"));
        cycle.publish(editor, plan.getId());
        ZonedDateTime opens = ZonedDateTime.now(SANTIAGO).minusDays(1);
        ZonedDateTime closes = ZonedDateTime.now(SANTIAGO).plusDays(7);
        String location = mvc.perform(post("/manage/plans/" + plan.getId() + "/consultations").with(user(editor)).with(csrf())
                        .param("title", "Consultation on the draft plan")
                        .param("opensOn", opens.toLocalDate().toString()).param("opensAt", "08:00")
                        .param("closesOn", closes.toLocalDate().toString()).param("closesAt", "20:00")
                        .param("timeZone", SANTIAGO.getId()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return new Consulted(parliament, editor, plan, commitment, "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug(),
                Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
    }

    /** Submitted past the similar ideas; answers its id. */
    public Long idea(Consulted c, HemicycleUser author, String title) throws Exception {
        mvc.perform(post(c.consultation() + "/ideas").with(user(author)).with(csrf()).param("title", title)
                .param("body", "Described in a few words.").param("seenSimilar", "true")).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select max(id) from idea where consultation_id = ? and author_id = ?", Long.class,
                c.consultationId(), author.id());
    }

    /** Someone signed in with no role in any parliament that matters here. */
    public HemicycleUser citizen() {
        return fixtures.user(fixtures.parliament(null));
    }
}
