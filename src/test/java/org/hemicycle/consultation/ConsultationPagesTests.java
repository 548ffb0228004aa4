package org.hemicycle.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.AccountSelfService;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParticipationLimits;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.hemicycle.plan.PlanDetails;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Online consultations through the site: opened by a plan's point of contact, ideas and supports from citizens. */
@HemicycleTest
class ConsultationPagesTests {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanCycle cycle;
    @Autowired JdbcTemplate jdbc;
    @Autowired ParticipationLimits limits;
    @Autowired AccountSelfService self;
    @Autowired EntityManagerFactory entityManagerFactory;

    private record Published(HemicycleUser editor, ActionPlan plan, String path) {
    }

    @Test
    void citizensSubmitIdeasAndSupportThemOnceEach() throws Exception {
        Published p = publishedPlan();
        Long id = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        HemicycleUser author = citizen();
        mvc.perform(post(p.path() + "/consultations/" + id + "/ideas").with(user(author)).with(csrf())
                        .param("title", "Publish committee votes").param("body", "Every vote, by name, the same day.")
                        .param("pillar", "TRANSPARENCY"))
                .andExpect(redirectedUrl(p.path() + "/consultations/" + id));
        Long ideaId = jdbc.queryForObject("select id from idea where consultation_id = ?", Long.class, id);

        HemicycleUser supporter = citizen();
        String support = p.path() + "/consultations/" + id + "/ideas/" + ideaId + "/support";
        String back = mvc.perform(post(support).with(user(supporter)).with(csrf()))
                .andExpect(redirectedUrl(p.path() + "/consultations/" + id + "?supported=" + ideaId + "#idea-" + ideaId))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(back.substring(0, back.indexOf('#'))).with(user(supporter)).param("lang", "en"))
                .andExpect(content().string(containsString("Your support is counted.")));
        // The address alone, shared or opened by someone else, says nothing.
        mvc.perform(get(back.substring(0, back.indexOf('#'))).param("lang", "en"))
                .andExpect(content().string(not(containsString("Your support is counted."))));
        mvc.perform(get(back.substring(0, back.indexOf('#'))).with(user(citizen())).param("lang", "en"))
                .andExpect(content().string(not(containsString("Your support is counted."))));
        mvc.perform(post(support).with(user(supporter)).with(csrf()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("You already support this idea.")));
        mvc.perform(get(p.path() + "/consultations/" + id).with(user(supporter)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Publish committee votes")))
                .andExpect(content().string(containsString("1 support")))
                .andExpect(content().string(containsString("You support this idea.")))
                .andExpect(header().string("Cache-Control", "private, no-store"));
        mvc.perform(get(p.path() + "/consultations/" + id).param("lang", "es"))
                .andExpect(content().string(containsString("1 apoyo")))
                .andExpect(content().string(containsString("Inicie sesión para participar")));
        mvc.perform(post(p.path() + "/consultations/" + id + "/ideas").with(user(author)).with(csrf()).param("lang", "en")
                        .param("title", " ").param("body", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Give your idea a title.")))
                .andExpect(content().string(containsString("Write your idea.")))
                .andExpect(content().string(not(containsString("Enter a value"))));
        assertThat(jdbc.queryForObject("select count(*) from idea where consultation_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void someoneAboutToRepeatAnIdeaIsShownItFirstInTheConsultationsLanguage() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = cycle.create(editor, parliament.getId(), new PlanDetails(Fixtures.unique("Plan"), "Un plan",
                Fixtures.PLAN_START, Fixtures.PLAN_END, "es"), LocalDate.now());
        cycle.publish(editor, plan.getId());
        Published p = new Published(editor, plan, "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug());
        Long id = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        Long elsewhere = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        mvc.perform(post(p.path() + "/consultations/" + id + "/ideas").with(user(citizen())).with(csrf())
                .param("title", "Votaciones nominales en datos abiertos")
                .param("body", "Publicar cada votación del Plenario, nombre por nombre.")).andExpect(status().is3xxRedirection());
        Long existing = jdbc.queryForObject("select id from idea where consultation_id = ?", Long.class, id);
        HemicycleUser writer = citizen();

        // Singular, without its accent, other words around it: the same idea, shown before anything is saved.
        mvc.perform(post(p.path() + "/consultations/" + id + "/ideas").with(user(writer)).with(csrf()).param("lang", "en")
                        .param("title", "La votacion nominal").param("body", "Que se sepa como vota cada quien."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ideas like yours")))
                .andExpect(content().string(containsString(p.path() + "/consultations/" + id + "/ideas/" + existing)))
                .andExpect(content().string(containsString("name=\"seenSimilar\" value=\"true\"")))
                .andExpect(content().string(containsString("La votacion nominal")));
        assertThat(jdbc.queryForObject("select count(*) from idea where consultation_id = ?", Long.class, id)).isOne();
        mvc.perform(post(p.path() + "/consultations/" + id + "/ideas").with(user(writer)).with(csrf()).param("seenSimilar", "true")
                .param("title", "La votacion nominal").param("body", "Que se sepa como vota cada quien."))
                .andExpect(status().is3xxRedirection());
        // Nothing like it: saved at once.
        mvc.perform(post(p.path() + "/consultations/" + id + "/ideas").with(user(writer)).with(csrf())
                .param("title", "Biblioteca del Congreso").param("body", "Horario extendido los sábados."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from idea where consultation_id = ?", Long.class, id)).isEqualTo(3);

        // While typing (htmx): the fragment alone, and only this consultation's ideas; posted, so that a long text fits.
        String longBody = "votaciones ".repeat(1_500);
        mvc.perform(post(p.path() + "/consultations/" + id + "/similar").with(user(writer)).with(csrf())
                        .param("title", "votaciones").param("body", longBody).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Des idées proches de la vôtre")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(header().string("Cache-Control", "private, no-store"));
        mvc.perform(post(p.path() + "/consultations/" + elsewhere + "/similar").with(user(writer)).with(csrf()).param("title", "votaciones"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/ideas/"))));
        // Only for those who may take part, with the form's token.
        mvc.perform(post(p.path() + "/consultations/" + id + "/similar").with(csrf()).param("title", "votaciones"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(p.path() + "/consultations/" + id + "/similar").with(user(writer)).param("title", "votaciones"))
                .andExpect(status().isForbidden());
        jdbc.update("update consultation set closes_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), id);
        mvc.perform(post(p.path() + "/consultations/" + id + "/similar").with(user(writer)).with(csrf()).param("title", "votaciones"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void similarIdeasWhileWritingAreCountedPerPerson() throws Exception {
        Published p = publishedPlan();
        Long id = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        HemicycleUser writer = citizen();
        int allowed = limits.perWindow() * ConsultationService.SIMILAR_ASKED_PER_IDEA;
        for (int i = 0; i < allowed; i++) {
            mvc.perform(post(p.path() + "/consultations/" + id + "/similar").with(user(writer)).with(csrf()).param("title", "idea " + i))
                    .andExpect(status().isOk());
        }
        mvc.perform(post(p.path() + "/consultations/" + id + "/similar").with(user(writer)).with(csrf()).param("title", "one more"))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        // Someone else is not held back by it.
        mvc.perform(post(p.path() + "/consultations/" + id + "/similar").with(user(citizen())).with(csrf()).param("title", "one more"))
                .andExpect(status().isOk());
    }

    @Test
    void aClosedConsultationRefusesAnIdeaBeforeOfferingSimilarOnes() throws Exception {
        Published p = publishedPlan();
        Long id = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        mvc.perform(idea(p, id, citizen())).andExpect(status().is3xxRedirection());
        jdbc.update("update consultation set closes_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), id);
        mvc.perform(post(p.path() + "/consultations/" + id + "/ideas").with(user(citizen())).with(csrf()).param("lang", "en")
                        .param("title", "An idea of a citizen").param("body", "Described in a few words."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This consultation is closed")))
                .andExpect(content().string(not(containsString("Ideas like yours"))));
    }

    @Test
    void parallelSupportsAreEachCountedOnce() throws Exception {
        Published p = publishedPlan();
        Long id = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        mvc.perform(post(p.path() + "/consultations/" + id + "/ideas").with(user(citizen())).with(csrf())
                .param("title", "Open budget data").param("body", "Monthly, as CSV.")).andExpect(status().is3xxRedirection());
        Long ideaId = jdbc.queryForObject("select id from idea where consultation_id = ?", Long.class, id);
        String support = p.path() + "/consultations/" + id + "/ideas/" + ideaId + "/support";
        List<HemicycleUser> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(citizen());
        }
        // Each person twice, all at once: eight supports counted, and the second of each refused.
        List<HemicycleUser> requests = new ArrayList<>(people);
        requests.addAll(people);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (HemicycleUser person : requests) {
                answers.add(pool.submit(() -> mvc.perform(post(support).with(user(person)).with(csrf()))
                        .andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().filter(status -> status == 302).count()).isEqualTo(8);
        assertThat(statuses).allMatch(status -> status == 302 || status == 422 || status == 409);
        assertThat(jdbc.queryForObject("select supports from idea where id = ?", Integer.class, ideaId)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from idea_support where idea_id = ?", Long.class, ideaId)).isEqualTo(8);
    }

    @Test
    void onePersonsIdeasAreLimitedPerWindowWithA429ThatSaysWhenToRetry() throws Exception {
        Published p = publishedPlan();
        Long id = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        HemicycleUser prolific = citizen();
        for (int i = 0; i < 30; i++) {
            mvc.perform(idea(p, id, prolific)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(idea(p, id, prolific).param("lang", "en")).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(content().string(containsString("Try again in 10 minutes")));
        // Someone else is not held back by it.
        mvc.perform(idea(p, id, citizen())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from idea where consultation_id = ?", Long.class, id)).isEqualTo(31);
    }

    @Test
    void aConsultationClosesByItselfAtItsOwnHourInItsTimeZone() throws Exception {
        Published p = publishedPlan();
        ZonedDateTime now = ZonedDateTime.now(SANTIAGO).truncatedTo(ChronoUnit.MINUTES);
        Long closed = open(p, now.minusDays(3), now.minusMinutes(2));
        // Half an hour from now in Santiago: read as UTC, it would already have passed.
        Long stillOpen = open(p, now.minusDays(3), now.plusMinutes(30));
        Long upcoming = open(p, now.plusDays(1), now.plusDays(8));
        HemicycleUser citizen = citizen();

        mvc.perform(idea(p, closed, citizen).param("lang", "en")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("This consultation is closed")));
        mvc.perform(idea(p, stillOpen, citizen)).andExpect(status().is3xxRedirection());
        mvc.perform(idea(p, upcoming, citizen).param("lang", "fr")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("pas encore ouverte")));
        mvc.perform(get(p.path() + "/consultations").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Closed"))).andExpect(content().string(containsString("Opens soon")));
    }

    @Test
    void aDeletedAuthorsIdeaStaysAsADeletedParticipants() throws Exception {
        Published p = publishedPlan();
        Long id = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        HemicycleUser author = citizen();
        mvc.perform(idea(p, id, author)).andExpect(status().is3xxRedirection());
        mvc.perform(get(p.path() + "/consultations/" + id).param("lang", "en")).andExpect(content().string(containsString(author.displayName())));
        self.delete(author, Fixtures.PASSWORD);
        mvc.perform(get(p.path() + "/consultations/" + id).param("lang", "en"))
                .andExpect(content().string(containsString("Deleted participant")))
                .andExpect(content().string(containsString("An idea of a citizen")));
    }

    @Test
    void theConsultationPageReadsTheSameStatementsWithTwoPagesOfIdeasOrThree() throws Exception {
        Published p = publishedPlan();
        Long id = open(p, ZonedDateTime.now(SANTIAGO).minusDays(1), ZonedDateTime.now(SANTIAGO).plusDays(7));
        HemicycleUser author = citizen();
        // Past one page, so that both measures include the count of the ideas.
        for (int i = 0; i < ConsultationPage.IDEAS_PER_PAGE + 1; i++) {
            mvc.perform(idea(p, id, author)).andExpect(status().is3xxRedirection());
        }
        long fewer = statementsFor(p.path() + "/consultations/" + id);
        for (int i = 0; i < ConsultationPage.IDEAS_PER_PAGE; i++) {
            mvc.perform(idea(p, id, citizen())).andExpect(status().is3xxRedirection());
        }
        assertThat(statementsFor(p.path() + "/consultations/" + id)).isEqualTo(fewer);
        mvc.perform(get(p.path() + "/consultations/" + id).param("page", "2").param("lang", "en"))
                .andExpect(content().string(containsString("Page 2 of 3")));
        String json = mvc.perform(get("/api/v1" + p.path() + "/consultations/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.ideas").value(2 * ConsultationPage.IDEAS_PER_PAGE + 1))
                .andExpect(jsonPath("$.mostSupportedFirst.length()").value(ConsultationPage.IDEAS_PER_PAGE))
                .andExpect(jsonPath("$.consultation.state").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        // People by their public name only (the test accounts' names happen to contain their address).
        assertThat(json).doesNotContain("\"email\"").contains("\"author\":\"" + author.displayName() + "\"");
    }

    @Test
    void onlyThePointOfContactOpensAConsultationAndItsMomentsMustMakeSense() throws Exception {
        Published p = publishedPlan();
        ZonedDateTime now = ZonedDateTime.now(SANTIAGO);
        mvc.perform(consultation(p.plan().getId(), p.editor(), now.plusDays(5), now.plusDays(2)).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("must close after it opens")));
        mvc.perform(consultation(p.plan().getId(), citizen(), now, now.plusDays(2))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from consultation where plan_id = ?", Long.class, p.plan().getId())).isZero();

        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan draft = fixtures.plan(editor, parliament);
        mvc.perform(get("/parliaments/" + parliament.getSlug() + "/plans/" + draft.getSlug() + "/consultations"))
                .andExpect(status().isNotFound());
    }

    private Long open(Published p, ZonedDateTime opens, ZonedDateTime closes) throws Exception {
        String location = mvc.perform(consultation(p.plan().getId(), p.editor(), opens, closes))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder consultation(
            Long planId, HemicycleUser who, ZonedDateTime opens, ZonedDateTime closes) {
        return post("/manage/plans/" + planId + "/consultations").with(user(who)).with(csrf())
                .param("title", "Consultation on the draft plan").param("timeline", "Four weeks; answers within a month.")
                .param("opensOn", opens.toLocalDate().toString()).param("opensAt", opens.toLocalTime().withSecond(0).withNano(0).toString())
                .param("closesOn", closes.toLocalDate().toString()).param("closesAt", closes.toLocalTime().withSecond(0).withNano(0).toString())
                .param("timeZone", opens.getZone().getId());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder idea(Published p, Long consultationId,
                                                                                           HemicycleUser author) {
        return post(p.path() + "/consultations/" + consultationId + "/ideas").with(user(author)).with(csrf())
                .param("title", "An idea of a citizen").param("body", "Described in a few words.").param("seenSimilar", "true");
    }

    private HemicycleUser citizen() {
        return fixtures.user(fixtures.parliament(null));
    }

    private Published publishedPlan() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        cycle.publish(editor, plan.getId());
        return new Published(editor, plan, "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug());
    }

    private long statementsFor(String url) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(url)).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }
}
