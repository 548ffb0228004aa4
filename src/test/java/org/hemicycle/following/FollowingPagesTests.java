package org.hemicycle.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.AtOnce;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.consultation.ConsultationFixtures;
import org.hemicycle.consultation.ConsultationFixtures.Consulted;
import org.hemicycle.following.internal.NewsLetters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Following a plan or a consultation by email and by feed, through the site and the news job. */
@HemicycleTest
class FollowingPagesTests {

    private static final Pattern CONFIRM_LINK = Pattern.compile("http://localhost(/follow/confirm\\?token=([A-Za-z0-9_-]+))");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ConsultationFixtures consultations;
    @Autowired NewsLetters letters;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aFollowerConfirmsTheirAddressThenGetsEachPieceOfNewsOnce() throws Exception {
        Consulted c = consultations.consulted();
        String email = Fixtures.unique("follower") + "@example.org";
        mvc.perform(get(c.path() + "/follow").param("lang", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Une fois par semaine, toutes ensemble")));
        mvc.perform(post(c.path() + "/follow").with(csrf()).param("email", "not an address").param("frequency", "IMMEDIATELY")
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Enter an email address")));
        mvc.perform(post(c.path() + "/follow").with(csrf()).param("email", email).param("frequency", "IMMEDIATELY").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Check your inbox")));

        String token = confirmToken(email);
        // Nothing is sent to an address not confirmed.
        long before = mailsTo(email);
        newsOf(c, "A consultation nobody confirmed for");
        letters.send(Instant.now());
        assertThat(mailsTo(email)).isEqualTo(before);

        mvc.perform(get("/follow/confirm").param("token", token).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("with news as it happens")));
        mvc.perform(post("/follow/confirm").with(csrf()).param("token", token).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("You will get the news")));
        mvc.perform(get("/follow/confirm").param("token", "not-a-token")).andExpect(status().isNotFound());

        newsOf(c, "The second consultation");
        assertThat(letters.send(Instant.now())).isPositive();
        assertThat(jdbc.queryForObject("select subject from mail_message where recipient = ? order by id desc limit 1", String.class, email))
                .endsWith(": one piece of news");
        String body = jdbc.queryForObject("select body from mail_message where recipient = ? order by id desc limit 1", String.class, email);
        assertThat(body).contains("The second consultation").doesNotContain("A consultation nobody confirmed for")
                .contains("http://localhost/follow/unsubscribe?token=" + token);
        assertThat(jdbc.queryForObject("select unsubscribe_url from mail_message where recipient = ? order by id desc limit 1",
                String.class, email)).isEqualTo("http://localhost/follow/unsubscribe?token=" + token);
        long afterFirst = mailsTo(email);
        letters.send(Instant.now());
        assertThat(mailsTo(email)).isEqualTo(afterFirst);

        // One click from a mail client: a POST to the link, without a form's token.
        mvc.perform(post("/follow/unsubscribe").param("token", token).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No more news will be sent")));
        assertThat(jdbc.queryForObject("select count(*) from follower where email = ?", Long.class, email)).isZero();
        mvc.perform(get("/follow/unsubscribe").param("token", token).param("lang", "en"))
                .andExpect(content().string(containsString("This link is not known")));
    }

    @Test
    void aWeeklyFollowerGetsTheWeeksNewsInOneMessage() throws Exception {
        Consulted c = consultations.consulted();
        String email = follow(c.path() + "/follow", "WEEKLY");
        newsOf(c, "First of the week");
        newsOf(c, "Second of the week");
        long before = mailsTo(email);
        letters.send(Instant.now());
        assertThat(mailsTo(email)).isEqualTo(before);
        letters.send(Instant.now().plus(Duration.ofDays(8)));
        assertThat(mailsTo(email)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ? order by id desc limit 1", String.class, email))
                .contains("First of the week", "Second of the week");
        letters.send(Instant.now().plus(Duration.ofDays(8)));
        assertThat(mailsTo(email)).isEqualTo(before + 1);
    }

    @Test
    void aConsultationsFollowersHearOfItsContributionsAndAnswers() throws Exception {
        Consulted c = consultations.consulted();
        String email = follow(c.path() + "/follow?consultation=" + c.consultationId(), "IMMEDIATELY");
        Long idea = consultations.idea(c, consultations.citizen(), "An idea its followers hear of");
        mvc.perform(post("/manage/ideas/" + idea + "/answer").with(user(c.editor())).with(csrf())
                .param("kind", "NOT_ACCEPTED").param("text", "Not this cycle.")).andExpect(status().is3xxRedirection());
        letters.send(Instant.now());
        assertThat(jdbc.queryForObject("select body from mail_message where recipient = ? order by id desc limit 1", String.class, email))
                .contains("New contribution: An idea its followers hear of", "Answered: An idea its followers hear of");
    }

    @Test
    void twoNodesSendingAtOnceSendEachMessageOnce() throws Exception {
        Consulted c = consultations.consulted();
        String email = follow(c.path() + "/follow", "IMMEDIATELY");
        newsOf(c, "News sent once");
        long before = mailsTo(email);
        AtOnce.run(List.<java.util.concurrent.Callable<Integer>>of(() -> letters.send(Instant.now()), () -> letters.send(Instant.now())));
        assertThat(mailsTo(email)).isEqualTo(before + 1);
    }

    @Test
    void askingNeverTellsWhoFollowsAndIsLimitedPerAddress() throws Exception {
        Consulted c = consultations.consulted();
        String email = Fixtures.unique("asked") + "@example.org";
        for (int i = 0; i < FollowingService.REQUESTS_PER_EMAIL; i++) {
            mvc.perform(post(c.path() + "/follow").with(csrf()).param("email", email).param("frequency", "WEEKLY").param("lang", "en"))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Check your inbox")));
        }
        assertThat(jdbc.queryForObject("select count(*) from follower where email = ?", Long.class, email)).isOne();
        mvc.perform(post(c.path() + "/follow").with(csrf()).param("email", email).param("frequency", "WEEKLY"))
                .andExpect(status().isTooManyRequests());
        // A bot filling in the hidden field is answered as anyone, and nothing is kept or sent.
        String bot = Fixtures.unique("bot") + "@example.org";
        mvc.perform(post(c.path() + "/follow").with(csrf()).param("email", bot).param("frequency", "WEEKLY").param("website", "spam"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from follower where email = ?", Long.class, bot)).isZero();
        assertThat(mailsTo(bot)).isZero();
    }

    @Test
    void thePlanAndItsConsultationsHaveAtomFeeds() throws Exception {
        Consulted c = consultations.consulted();
        Long idea = consultations.idea(c, consultations.citizen(), "An idea in the feed");
        String plan = mvc.perform(get(c.path() + "/feed.atom").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andReturn().getResponse().getContentAsString();
        SyndFeed planFeed = new SyndFeedInput().build(new StringReader(plan));
        assertThat(planFeed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(planFeed.getEntries()).extracting(SyndEntry::getTitle).contains("Consultation: Consultation on the draft plan");
        assertThat(planFeed.getAuthor()).isEqualTo(c.parliament().getName());
        // Each entry's id is a valid IRI: one fragment, even for news whose page address has one.
        assertThat(planFeed.getEntries()).extracting(SyndEntry::getUri).allSatisfy(uri -> assertThat(uri.chars().filter(ch -> ch == '#').count()).isEqualTo(1));
        String consultation = mvc.perform(get(c.consultation() + "/feed.atom").param("lang", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        SyndFeed consultationFeed = new SyndFeedInput().build(new StringReader(consultation));
        assertThat(consultationFeed.getEntries()).extracting(SyndEntry::getTitle).contains("Nuevo aporte: An idea in the feed");
        assertThat(consultationFeed.getEntries()).extracting(SyndEntry::getLink).contains("http://localhost" + c.idea(idea));
        mvc.perform(get("/parliaments/" + c.parliament().getSlug() + "/plans/no-such-plan/feed.atom")).andExpect(status().isNotFound());
    }

    private String follow(String path, String frequency) throws Exception {
        String email = Fixtures.unique("follower") + "@example.org";
        mvc.perform(post(path).with(csrf()).param("email", email).param("frequency", frequency)).andExpect(status().isOk());
        mvc.perform(post("/follow/confirm").with(csrf()).param("token", confirmToken(email))).andExpect(status().isOk());
        return email;
    }

    private String confirmToken(String email) {
        String body = jdbc.queryForObject("select body from mail_message where recipient = ? order by id desc limit 1", String.class, email);
        Matcher link = CONFIRM_LINK.matcher(body);
        assertThat(link.find()).as("a confirmation link in %s", body).isTrue();
        return link.group(2);
    }

    /** A new consultation of the plan: news for the plan's followers. */
    private void newsOf(Consulted c, String title) throws Exception {
        java.time.LocalDate opens = java.time.LocalDate.now().plusDays(30);
        mvc.perform(post("/manage/plans/" + c.plan().getId() + "/consultations").with(user(c.editor())).with(csrf())
                        .param("title", title).param("opensOn", opens.toString()).param("opensAt", "08:00")
                        .param("closesOn", opens.plusDays(10).toString()).param("closesAt", "20:00").param("timeZone", "America/Santiago"))
                .andExpect(status().is3xxRedirection());
    }

    private long mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class, email);
    }
}
