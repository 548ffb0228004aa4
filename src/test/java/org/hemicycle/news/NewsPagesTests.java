package org.hemicycle.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.following.internal.NewsLetters;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A plan's news: posted in Markdown by its team, made safe, listed, in the feed and JSON, and sent to followers. */
@HemicycleTest
class NewsPagesTests {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/follow/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final String MARKDOWN = """
            # What changed

            The committee **approved** the [data portal](https://example.org/portal).

            - first step
            - second step

            <script>alert('x')</script> <img src=x onerror=alert(1)> [bad](javascript:alert)
            """;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired NewsLetters letters;
    @Autowired JdbcTemplate jdbc;
    @Autowired NewsService news;

    @Test
    void theTeamPostsMarkdownThePublicReadsItSafeOnEveryPageTheFeedAndJsonAndFollowersAreSentIt() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();
        String follower = follow(path);

        // Read once before the post, as the public would: the page kept meanwhile must not hide the news.
        mvc.perform(get(path).param("lang", "en")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("Latest news"))));
        mvc.perform(get("/manage/plans/" + plan.getId()).with(user(editor)).param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/manage/plans/" + plan.getId() + "/news\"")));
        mvc.perform(get("/manage/plans/" + plan.getId() + "/news").with(user(editor)).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("A post is public at once")));
        mvc.perform(post("/manage/plans/" + plan.getId() + "/news").with(user(editor)).with(csrf())
                        .param("title", "Portal approved").param("body", MARKDOWN))
                .andExpect(status().is3xxRedirection());
        Long id = jdbc.queryForObject("select id from news_post where plan_id = ?", Long.class, plan.getId());

        mvc.perform(get(path).param("lang", "en"))
                .andExpect(content().string(containsString("Latest news")))
                .andExpect(content().string(containsString("href=\"" + path + "/news/" + id + "\"")))
                .andExpect(content().string(containsString("The committee approved the data portal.")));
        for (String page : List.of(path + "/news", path + "/news/" + id)) {
            mvc.perform(get(page).param("lang", "en"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Portal approved")))
                    .andExpect(content().string(containsString("<strong>approved</strong>")))
                    .andExpect(content().string(containsString("<a href=\"https://example.org/portal\" rel=\"nofollow\">data portal</a>")))
                    .andExpect(content().string(containsString("<li>first step</li>")))
                    .andExpect(content().string(containsString("<h3>What changed</h3>")))
                    .andExpect(content().string(not(containsString("<script>alert"))))
                    .andExpect(content().string(not(containsString("<img"))))
                    .andExpect(content().string(not(containsString("href=\"javascript:"))))
                    .andExpect(content().string(containsString("&lt;script&gt;")));
        }
        mvc.perform(get(path + "/news/" + id).param("lang", "en"))
                .andExpect(content().string(containsString("<h1 lang=\"en\">Portal approved</h1>")));
        mvc.perform(get(path + "/news/" + (id + 1000))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1" + path + "/news"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Portal approved"))
                .andExpect(jsonPath("$[0].markdown").value(containsString("**approved**")))
                .andExpect(jsonPath("$[0].html").value(containsString("<strong>approved</strong>")))
                .andExpect(jsonPath("$[0].url").value("http://localhost" + path + "/news/" + id));
        mvc.perform(get(path + "/feed.atom").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("News: Portal approved")))
                .andExpect(content().string(containsString("http://localhost" + path + "/news/" + id)))
                .andExpect(content().string(containsString("The committee approved the data portal.")));

        assertThat(letters.send(Instant.now())).isPositive();
        String letter = jdbc.queryForObject("select body from mail_message where recipient = ? order by id desc limit 1",
                String.class, follower);
        assertThat(letter).contains("Portal approved", "http://localhost" + path + "/news/" + id,
                "The committee approved the data portal.");
    }

    @Test
    void onlyThePlanTeamPostsOnAPublishedPlanAndEachMissingFieldIsNamed() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan adopted = fixtures.adoptedPlan(editor, parliament);
        ActionPlan draft = fixtures.plan(editor, parliament, java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2028, 12, 31));
        HemicycleUser civilSociety = fixtures.user(parliament, ParliamentRole.CIVIL_SOCIETY);

        mvc.perform(post("/manage/plans/" + adopted.getId() + "/news").with(user(civilSociety)).with(csrf())
                .param("title", "Not mine").param("body", "No.")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/plans/" + draft.getId() + "/news").with(user(editor)).with(csrf()).param("lang", "en")
                        .param("title", "Too early").param("body", "Not yet."))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Publish the plan first")));
        mvc.perform(post("/manage/plans/" + adopted.getId() + "/news").with(user(editor)).with(csrf()).param("lang", "es")
                        .param("title", " ").param("body", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Dé un título a la noticia.")))
                .andExpect(content().string(containsString("Escriba el texto de la noticia.")));
        mvc.perform(post("/manage/plans/" + adopted.getId() + "/news").with(user(editor)).with(csrf()).param("lang", "en")
                        .param("title", "Long").param("body", "x".repeat(NewsService.MAX_BODY + 1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at most 20,000 characters")));
        assertThat(jdbc.queryForObject("select count(*) from news_post where plan_id in (?, ?)", Long.class,
                adopted.getId(), draft.getId())).isZero();
    }

    @Test
    void theNewsListsFiftyPostsAPageWithALinkToTheOlderOnes() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug() + "/news";
        for (int i = 1; i <= NewsService.PAGE + 1; i++) {
            news.publish(editor, plan.getId(), new NewPost("Post " + i, "Text " + i + "."));
        }
        mvc.perform(get(path).param("lang", "en"))
                .andExpect(content().string(containsString(">Post 51</a>")))
                .andExpect(content().string(not(containsString(">Post 1</a>"))))
                .andExpect(content().string(containsString("href=\"" + path + "?page=1\" rel=\"next\">Older posts")));
        mvc.perform(get(path).param("lang", "en").param("page", "1"))
                .andExpect(content().string(containsString(">Post 1</a>")))
                .andExpect(content().string(not(containsString(">Post 2</a>"))))
                .andExpect(content().string(containsString("href=\"" + path + "?page=0\" rel=\"prev\">Newer posts")))
                .andExpect(content().string(not(containsString("Older posts"))));
        mvc.perform(get(path).param("page", "many")).andExpect(status().isOk());
        mvc.perform(get(path).param("page", "99999999999")).andExpect(status().isOk());
    }

    private String follow(String path) throws Exception {
        String email = Fixtures.unique("follower") + "@example.org";
        mvc.perform(post(path + "/follow").with(csrf()).param("email", email).param("frequency", "IMMEDIATELY")).andExpect(status().isOk());
        String body = jdbc.queryForObject("select body from mail_message where recipient = ? order by id desc limit 1", String.class, email);
        Matcher link = CONFIRM_LINK.matcher(body);
        assertThat(link.find()).isTrue();
        mvc.perform(post("/follow/confirm").with(csrf()).param("token", link.group(1))).andExpect(status().isOk());
        // What happened before following is not news to them.
        letters.send(Instant.now());
        return email;
    }
}
