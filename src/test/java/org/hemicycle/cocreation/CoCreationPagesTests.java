package org.hemicycle.cocreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.account.ParliamentRole;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.hemicycle.plan.PlanCycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A plan's forum and meetings, through the site: kept by its point of contact, read by the public. */
@HemicycleTest
class CoCreationPagesTests {

    private static final Pattern VERSION = Pattern.compile("name=\"recordVersion\" value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PlanCycle cycle;
    @Autowired JdbcTemplate jdbc;

    private record Published(Parliament parliament, HemicycleUser editor, ActionPlan plan, String path) {
    }

    @Test
    void theForumIsKeptByThePointOfContactAndItsCompositionIsPublic() throws Exception {
        Published p = publishedPlan();
        String version = version(mvc.perform(get("/manage/plans/" + p.plan().getId() + "/forum").with(user(p.editor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/manage/plans/" + p.plan().getId() + "/forum").with(user(p.editor())).with(csrf())
                        .param("recordVersion", version)
                        .param("appointmentProcess", "Open call, chosen by lot among 40 applicants.")
                        .param("rules", "Meets every two months; decides by consensus."))
                .andExpect(redirectedUrl("/manage/plans/" + p.plan().getId() + "/forum"));
        addMember(p, "PARLIAMENT", "Deputy A. Rivera", "Transparency Committee");
        addMember(p, "CIVIL_SOCIETY", "B. Soto", "Open Data Network");
        addMember(p, "CIVIL_SOCIETY", "C. Núñez", "Citizen Watch");

        mvc.perform(get(p.path() + "/forum").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 member from parliament, 2 from civil society")))
                .andExpect(content().string(containsString("chosen by lot among 40 applicants")))
                .andExpect(content().string(containsString("decides by consensus")))
                .andExpect(content().string(containsString("Citizen Watch")))
                .andExpect(content().string(not(containsString("Edit the forum"))));
        // In Spanish, with its plural rules.
        mvc.perform(get(p.path() + "/forum").param("lang", "es"))
                .andExpect(content().string(containsString("1 integrante del parlamento, 2 de la sociedad civil")));

        // A stale save is refused, not silently applied over the one before.
        mvc.perform(post("/manage/plans/" + p.plan().getId() + "/forum").with(user(p.editor())).with(csrf())
                        .param("recordVersion", version).param("rules", "Overwritten"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select rules from forum where plan_id = ?", String.class, p.plan().getId()))
                .isEqualTo("Meets every two months; decides by consensus.");

        HemicycleUser civilSociety = fixtures.user(p.parliament(), ParliamentRole.CIVIL_SOCIETY);
        mvc.perform(get("/manage/plans/" + p.plan().getId() + "/forum").with(user(civilSociety))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/plans/" + p.plan().getId() + "/forum/members").with(user(civilSociety)).with(csrf())
                .param("side", "PARLIAMENT").param("name", "Intruder")).andExpect(status().isForbidden());

        Long memberId = jdbc.queryForObject("select id from forum_member where plan_id = ? and name = 'B. Soto'", Long.class, p.plan().getId());
        mvc.perform(get("/manage/plans/" + p.plan().getId() + "/forum/members/" + memberId + "/delete").with(user(p.editor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("B. Soto")));
        mvc.perform(post("/manage/plans/" + p.plan().getId() + "/forum/members/" + memberId + "/delete").with(user(p.editor())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(p.path() + "/forum").param("lang", "en"))
                .andExpect(content().string(containsString("1 member from parliament, 1 from civil society")));
    }

    @Test
    void theForumAndTheMeetingsAreOpenDataToo() throws Exception {
        Published p = publishedPlan();
        addMember(p, "CIVIL_SOCIETY", "D. Vega", "Open Knowledge");
        mvc.perform(meeting(p, "Open session", LocalDate.now().plusDays(9), "18:00", "20:00", "America/Lima", "VIRTUAL", null,
                "https://meet.example.org/open")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1" + p.path() + "/forum")).andExpect(status().isOk())
                .andExpect(jsonPath("$.civilSocietyMembers").value(1))
                .andExpect(jsonPath("$.members[0].name").value("D. Vega"));
        String json = mvc.perform(get("/api/v1" + p.path() + "/meetings")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Open session"))
                .andExpect(jsonPath("$[0].timeZone").value("America/Lima"))
                .andReturn().getResponse().getContentAsString();
        Instant start = ZonedDateTime.of(LocalDate.now().plusDays(9), LocalTime.of(18, 0), ZoneId.of("America/Lima")).toInstant();
        assertThat(json).contains("\"startsAt\":\"" + start + "\"");
    }

    @Test
    void aMemberWithoutNameOrSideIsRefusedInTheUsersLanguage() throws Exception {
        Published p = publishedPlan();
        mvc.perform(post("/manage/plans/" + p.plan().getId() + "/forum/members").with(user(p.editor())).with(csrf())
                        .param("lang", "fr").param("name", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Saisissez une valeur")));
        assertThat(jdbc.queryForObject("select count(*) from forum_member where plan_id = ?", Long.class, p.plan().getId())).isZero();
    }

    @Test
    void aDraftPlansForumAndMeetingsAreHiddenFromThePublic() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan draft = fixtures.plan(editor, parliament);
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + draft.getSlug();
        mvc.perform(get(path + "/forum")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/meetings")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/meetings.ics")).andExpect(status().isNotFound());
        mvc.perform(get(path + "/forum").with(user(editor))).andExpect(status().isOk());
    }

    @Test
    void aMeetingIsScheduledInItsTimeZoneAndTheCalendarSaysTheSameInstant() throws Exception {
        Published p = publishedPlan();
        LocalDate day = LocalDate.now().plusDays(20);
        String location = mvc.perform(meeting(p, "Second co-creation session", day, "10:00", "12:30", "America/Santiago",
                        "HYBRID", "Sala Valparaíso", "https://meet.example.org/abc").param("agenda", "Priorities"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        Instant start = ZonedDateTime.of(day, LocalTime.of(10, 0), ZoneId.of("America/Santiago")).toInstant();
        assertThat(jdbc.queryForObject("select starts_at from meeting where id = ?", java.sql.Timestamp.class, id).toInstant())
                .isEqualTo(start);

        mvc.perform(get(p.path() + "/meetings").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Second co-creation session")))
                .andExpect(content().string(containsString("Coming meetings")));
        mvc.perform(get(p.path() + "/meetings/" + id).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("10:00")))
                .andExpect(content().string(containsString("Sala Valparaíso")))
                .andExpect(content().string(containsString("https://meet.example.org/abc")));

        String ics = mvc.perform(get(p.path() + "/meetings.ics")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("Second co-creation session");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start);
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(start.plusSeconds(150 * 60));
        assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("meeting-" + id + "@localhost");
        assertThat(event.getLocation().getValue()).isEqualTo("Sala Valparaíso");
    }

    @Test
    void impossibleMeetingsAreRefusedWithTheReason() throws Exception {
        Published p = publishedPlan();
        LocalDate day = LocalDate.now().plusDays(5);
        long before = jdbc.queryForObject("select count(*) from meeting where plan_id = ?", Long.class, p.plan().getId());
        mvc.perform(meeting(p, "Backwards", day, "12:00", "11:00", "UTC", "IN_PERSON", "Hall", null).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("must end after it starts")));
        mvc.perform(meeting(p, "No link", day, "10:00", "11:00", "UTC", "VIRTUAL", null, null).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("Give the link")));
        mvc.perform(meeting(p, "Script", day, "10:00", "11:00", "UTC", "VIRTUAL", null, "javascript:alert(1)").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("starting with https://")));
        mvc.perform(meeting(p, "Mars", day, "10:00", "11:00", "Mars/Olympus", "IN_PERSON", "Hall", null).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("time zones offered")));
        mvc.perform(meeting(p, "Foretold", day, "10:00", "11:00", "UTC", "IN_PERSON", "Hall", null)
                        .param("minutes", "It went well.").param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("once the meeting has begun")));
        mvc.perform(meeting(p, "Not a time", day, "ten", "11:00", "UTC", "IN_PERSON", "Hall", null).param("lang", "en"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(meeting(p, "Madrid", day, "10:00", "11:00", "Europe/Madrid", "IN_PERSON", "Hall", null).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("time zones offered")));
        // 02:30 on the day New York's clocks jump from 02:00 to 03:00 never happens there.
        mvc.perform(meeting(p, "Skipped", LocalDate.of(2030, 3, 10), "02:30", "04:00", "America/New_York", "IN_PERSON", "Hall", null)
                        .param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("does not exist in this time zone")));
        assertThat(jdbc.queryForObject("select count(*) from meeting where plan_id = ?", Long.class, p.plan().getId())).isEqualTo(before);
    }

    @Test
    void anotherParliamentsPointOfContactCannotTouchTheseMeetings() throws Exception {
        Published p = publishedPlan();
        String location = mvc.perform(meeting(p, "Ours", LocalDate.now().plusDays(4), "10:00", "11:00", "UTC", "IN_PERSON", "Hall", null))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        HemicycleUser stranger = fixtures.editor(fixtures.parliament(null));
        mvc.perform(get(location).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(post(location + "/documents").with(user(stranger)).with(csrf()).param("title", "Spam")
                .param("url", "https://spam.example")).andExpect(status().isForbidden());
        mvc.perform(get("/manage/plans/" + p.plan().getId() + "/schedule").with(user(stranger))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from meeting_document d join meeting m on m.id = d.meeting_id"
                + " where m.plan_id = ?", Long.class, p.plan().getId())).isZero();
    }

    @Test
    void aHeldMeetingsMinutesAndDocumentsArePublished() throws Exception {
        Published p = publishedPlan();
        LocalDate past = LocalDate.now().minusDays(10);
        String location = mvc.perform(meeting(p, "First session", past, "09:00", "11:00", "America/Costa_Rica", "IN_PERSON",
                        "Asamblea Legislativa", null).param("attendance", "34").param("minutes", "Twelve proposals were heard.")
                        .param("decisions", "Three priorities adopted."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/manage/meetings/" + id + "/documents").with(user(p.editor())).with(csrf()).param("lang", "en")
                        .param("title", "Bad").param("url", "javascript:alert(1)"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/manage/meetings/" + id + "/documents").with(user(p.editor())).with(csrf())
                        .param("title", "Signed minutes (PDF)").param("url", "https://example.org/minutes.pdf"))
                .andExpect(redirectedUrl("/manage/meetings/" + id));

        mvc.perform(get(p.path() + "/meetings").param("lang", "en"))
                .andExpect(content().string(containsString("minutes published")))
                .andExpect(content().string(containsString("No meeting is scheduled.")));
        mvc.perform(get(p.path() + "/meetings/" + id).param("lang", "en"))
                .andExpect(content().string(containsString("Twelve proposals were heard.")))
                .andExpect(content().string(containsString("Three priorities adopted.")))
                .andExpect(content().string(containsString("https://example.org/minutes.pdf")))
                .andExpect(content().string(containsString("34")));
    }

    @Test
    void parallelRegistrationsNeverTakeMorePlacesThanThereAre() throws Exception {
        Published p = publishedPlan();
        String location = mvc.perform(meeting(p, "Workshop", LocalDate.now().plusDays(3), "15:00", "17:00", "UTC", "IN_PERSON",
                        "Room 4", null).param("registration", "true").param("capacity", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        String register = p.path() + "/meetings/" + id + "/registration";
        List<HemicycleUser> citizens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            citizens.add(fixtures.user(fixtures.parliament(null)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (HemicycleUser citizen : citizens) {
                answers.add(pool.submit(() -> mvc.perform(post(register).with(user(citizen)).with(csrf()))
                        .andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().filter(status -> status == 302).count()).isEqualTo(3);
        assertThat(statuses.stream().filter(status -> status == 422 || status == 409).count()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from meeting_registration where meeting_id = ?", Long.class, id)).isEqualTo(3);

        HemicycleUser late = citizens.stream().filter(citizen -> jdbc.queryForObject(
                "select count(*) from meeting_registration where meeting_id = ? and account_id = ?", Long.class, id, citizen.id()) == 0)
                .findFirst().orElseThrow();
        mvc.perform(get(p.path() + "/meetings/" + id).with(user(late)).param("lang", "en"))
                .andExpect(content().string(containsString("This meeting is full.")))
                .andExpect(content().string(containsString("3 of 3 places taken")));
        mvc.perform(post(register).with(user(late)).with(csrf()).param("lang", "en"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("This meeting is full.")));

        HemicycleUser registered = citizens.stream().filter(citizen -> !citizen.equals(late) && jdbc.queryForObject(
                "select count(*) from meeting_registration where meeting_id = ? and account_id = ?", Long.class, id, citizen.id()) == 1)
                .findFirst().orElseThrow();
        // Registering again, even once the meeting is full, is what is already so: no error, no second place.
        mvc.perform(post(register).with(user(registered)).with(csrf()).param("lang", "en"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "cocreation.registered"));
        assertThat(jdbc.queryForObject("select count(*) from meeting_registration where meeting_id = ? and account_id = ?", Long.class,
                id, registered.id())).isOne();
        mvc.perform(get(p.path() + "/meetings/" + id).with(user(registered)).param("lang", "en"))
                .andExpect(content().string(containsString("You are registered for this meeting.")))
                .andExpect(header().string("Cache-Control", "private, no-store"));
        mvc.perform(post(register + "/cancel").with(user(registered)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(register).with(user(late)).with(csrf())).andExpect(status().is3xxRedirection());
        // A visitor is sent to sign in.
        mvc.perform(post(register).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aMeetingThatHasBegunTakesNoRegistration() throws Exception {
        Published p = publishedPlan();
        String location = mvc.perform(meeting(p, "Yesterday", LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2), "15:00", "17:00", "UTC", "IN_PERSON",
                        "Room 4", null).param("registration", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
        HemicycleUser citizen = fixtures.user(fixtures.parliament(null));
        mvc.perform(post(p.path() + "/meetings/" + id + "/registration").with(user(citizen)).with(csrf()).param("lang", "pt"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("As inscrições para esta reunião estão encerradas.")));
    }

    private Published publishedPlan() {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        cycle.publish(editor, plan.getId());
        return new Published(parliament, editor, plan, "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug());
    }

    private void addMember(Published p, String side, String name, String organization) throws Exception {
        mvc.perform(post("/manage/plans/" + p.plan().getId() + "/forum/members").with(user(p.editor())).with(csrf())
                        .param("side", side).param("name", name).param("organization", organization)
                        .param("appointedHow", "Open call"))
                .andExpect(redirectedUrl("/manage/plans/" + p.plan().getId() + "/forum"));
    }

    private MockHttpServletRequestBuilder meeting(Published p, String title, LocalDate day, String start, String end, String zone,
                                                  String format, String place, String link) {
        MockHttpServletRequestBuilder request = post("/manage/plans/" + p.plan().getId() + "/schedule").with(user(p.editor()))
                .with(csrf()).param("title", title).param("purpose", "CO_CREATION").param("format", format)
                .param("date", day.toString()).param("startsAt", start).param("endsAt", end).param("timeZone", zone);
        if (place != null) {
            request.param("place", place);
        }
        if (link != null) {
            request.param("onlineLink", link);
        }
        return request;
    }

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("the form carries its record's version").isTrue();
        return matcher.group(1);
    }
}
