package org.hemicycle.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/** Counted messages follow each language's plural rules (ICU): French "one" covers 0 and 1, English only 1. */
@HemicycleTest
class PluralMessagesTests {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale FR = Locale.FRENCH;
    private static final Locale PT = Locale.forLanguageTag("pt");

    @Autowired MessageSource messages;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void activitiesDoneAgreeWithTheirCount() {
        assertThat(text("commitment.progress.text", EN, 0, 0, 0)).isEqualTo("0% along · 0 of 0 activities done");
        assertThat(text("commitment.progress.text", EN, 1, 1, 100)).isEqualTo("100% along · 1 of 1 activity done");
        assertThat(text("commitment.progress.text", EN, 2, 3, 67)).isEqualTo("67% along · 2 of 3 activities done");

        assertThat(text("commitment.progress.text", FR, 0, 3, 0)).isEqualTo("Avancement 0 % · 0 activité terminée sur 3");
        assertThat(text("commitment.progress.text", FR, 1, 3, 33)).isEqualTo("Avancement 33 % · 1 activité terminée sur 3");
        assertThat(text("commitment.progress.text", FR, 2, 3, 67)).isEqualTo("Avancement 67 % · 2 activités terminées sur 3");

        assertThat(text("commitment.progress.text", ES, 0, 0, 0)).isEqualTo("0 % de avance · 0 de 0 actividades realizadas");
        assertThat(text("commitment.progress.text", ES, 1, 1, 100)).isEqualTo("100 % de avance · 1 de 1 actividad realizada");
        assertThat(text("commitment.progress.text", ES, 1, 2, 50)).isEqualTo("50 % de avance · 1 de 2 actividades realizadas");

        assertThat(text("commitment.progress.text", PT, 0, 0, 0)).isEqualTo("0% de progresso · 0 de 0 atividade concluída");
        assertThat(text("commitment.progress.text", PT, 1, 1, 100)).isEqualTo("100% de progresso · 1 de 1 atividade concluída");
        assertThat(text("commitment.progress.text", PT, 1, 2, 50)).isEqualTo("50% de progresso · 1 de 2 atividades concluídas");
    }

    @Test
    void commitmentCountsAgreeWithTheirCount() {
        assertThat(text("plan.commitments.heading", EN, 0)).isEqualTo("Commitments (0)");
        assertThat(text("plan.commitments.heading", EN, 1)).isEqualTo("Commitment (1)");
        assertThat(text("plan.commitments.heading", EN, 2)).isEqualTo("Commitments (2)");
        assertThat(text("plan.commitments.heading", FR, 0)).isEqualTo("Engagement (0)");
        assertThat(text("plan.commitments.heading", FR, 1)).isEqualTo("Engagement (1)");
        assertThat(text("plan.commitments.heading", FR, 2)).isEqualTo("Engagements (2)");
        assertThat(text("plan.commitments.heading", ES, 0)).isEqualTo("Compromisos (0)");
        assertThat(text("plan.commitments.heading", ES, 1)).isEqualTo("Compromiso (1)");
        assertThat(text("plan.commitments.heading", ES, 2)).isEqualTo("Compromisos (2)");
        assertThat(text("plan.commitments.heading", PT, 0)).isEqualTo("Compromisso (0)");
        assertThat(text("plan.commitments.heading", PT, 1)).isEqualTo("Compromisso (1)");
        assertThat(text("plan.commitments.heading", PT, 2)).isEqualTo("Compromissos (2)");

        assertThat(text("manage.workspace.commitments", EN, 0, 10)).isEqualTo("Commitments (0 of 10)");
        assertThat(text("manage.workspace.commitments", EN, 1, 10)).isEqualTo("Commitment (1 of 10)");
        assertThat(text("manage.workspace.commitments", EN, 2, 10)).isEqualTo("Commitments (2 of 10)");
        assertThat(text("manage.workspace.commitments", FR, 0, 10)).isEqualTo("Engagement (0 sur 10)");
        assertThat(text("manage.workspace.commitments", FR, 1, 10)).isEqualTo("Engagement (1 sur 10)");
        assertThat(text("manage.workspace.commitments", FR, 2, 10)).isEqualTo("Engagements (2 sur 10)");
        assertThat(text("manage.workspace.commitments", ES, 0, 10)).isEqualTo("Compromisos (0 de 10)");
        assertThat(text("manage.workspace.commitments", ES, 1, 10)).isEqualTo("Compromiso (1 de 10)");
        assertThat(text("manage.workspace.commitments", PT, 2, 10)).isEqualTo("Compromissos (2 de 10)");

        assertThat(text("plan.drafting.count", EN, 0, 10)).isEqualTo("0 of at most 10 commitments drafted");
        assertThat(text("plan.drafting.count", EN, 1, 1)).isEqualTo("1 of at most 1 commitment drafted");
        assertThat(text("plan.drafting.count", FR, 0, 10)).isEqualTo("0 engagement rédigé sur 10 au maximum");
        assertThat(text("plan.drafting.count", FR, 1, 10)).isEqualTo("1 engagement rédigé sur 10 au maximum");
        assertThat(text("plan.drafting.count", FR, 2, 10)).isEqualTo("2 engagements rédigés sur 10 au maximum");
        assertThat(text("plan.drafting.count", ES, 2, 10)).isEqualTo("2 de un máximo de 10 compromisos redactados");
        assertThat(text("plan.drafting.count", PT, 1, 1)).isEqualTo("1 de no máximo 1 compromisso redigido");

        assertThat(text("commitment.error.limit", EN, 1)).startsWith("A plan has at most 1 commitment:");
        assertThat(text("commitment.error.limit", EN, 10)).startsWith("A plan has at most 10 commitments:");
        assertThat(text("commitment.error.limit", FR, 1)).startsWith("Un plan compte au plus 1 engagement :");
        assertThat(text("commitment.error.limit", FR, 10)).startsWith("Un plan compte au plus 10 engagements :");
        assertThat(text("commitment.error.limit", ES, 10)).startsWith("Un plan tiene como máximo 10 compromisos:");
        assertThat(text("commitment.error.limit", PT, 1)).startsWith("Um plano tem no máximo 1 compromisso:");
    }

    @Test
    void seatsAgreeWithTheirCount() {
        assertThat(text("parliament.chamber.seats", EN, 1)).isEqualTo("(1 seat)");
        assertThat(text("parliament.chamber.seats", EN, 2)).isEqualTo("(2 seats)");
        assertThat(text("parliament.chamber.seats", FR, 1)).isEqualTo("(1 siège)");
        assertThat(text("parliament.chamber.seats", FR, 513)).isEqualTo("(513 sièges)");
        assertThat(text("parliament.chamber.seats", ES, 1)).isEqualTo("(1 escaño)");
        assertThat(text("parliament.chamber.seats", ES, 2)).isEqualTo("(2 escaños)");
        assertThat(text("parliament.chamber.seats", PT, 1)).isEqualTo("(1 cadeira)");
        assertThat(text("parliament.chamber.seats", PT, 2)).isEqualTo("(2 cadeiras)");
    }

    @Test
    void apostrophesAndDatesStillReadRight() {
        // '' in a pattern with arguments is one apostrophe; without arguments the text is returned as written.
        assertThat(text("parliament.ogp.since", EN, 2011)).isEqualTo("Participating country since 2011");
        assertThat(text("commitment.error.outside-plan", EN, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo("Dates must fall inside the plan period, 1 Jan 2025 to 31 Dec 2026.");
        assertThat(text("commitment.error.end-before-start", FR, LocalDate.of(2025, 3, 1)))
                .isEqualTo("La date de fin doit être égale ou postérieure à la date de début, le 1 mars 2025.");
        assertThat(messages.getMessage("NotBlank", null, EN)).isEqualTo("Enter a value.");
    }

    @Test
    void aFrenchPageShowsASingularActivity() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.plan(editor, parliament);
        fixtures.completeCommitmentWithWork(editor, plan.getId(), "Ouvrir les archives");

        mvc.perform(get("/manage/plans/" + plan.getId()).with(user(editor)).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Engagement (1 sur 10)")))
                .andExpect(content().string(containsString("Avancement 0 % · 0 activité terminée sur 1")))
                .andExpect(content().string(not(containsString("activités terminées"))));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
