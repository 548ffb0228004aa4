package org.hemicycle.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hemicycle.Fixtures;
import org.hemicycle.HemicycleTest;
import org.hemicycle.account.HemicycleUser;
import org.hemicycle.parliament.Parliament;
import org.hemicycle.plan.ActionPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The plan in the Annex A layout and its progress reports, as pages and as PDFs whose text is read back. */
@HemicycleTest
class ReportPagesTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theAnnexAIsAPageAndAPdfWithEveryFieldAndItsFontsEmbedded() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();

        mvc.perform(get(path).param("lang", "en")).andExpect(content().string(containsString("href=\"" + path + "/annex-a\"")));
        mvc.perform(get(path + "/annex-a").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Commitment 1")))
                .andExpect(content().string(containsString("Open the records")))
                .andExpect(content().string(containsString("Responsible institution or actor")))
                .andExpect(content().string(containsString("Publish the data")))
                .andExpect(content().string(containsString("href=\"" + path + "/annex-a.pdf\"")));

        MvcResult pdf = mvc.perform(get(path + "/annex-a.pdf").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("annex-a.pdf")))
                .andReturn();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Anexo A", "Compromiso 1", "Open the records", "Justificación", "Publish the data",
                    "Persona de contacto");
            assertThat(fontsOf(document)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
        mvc.perform(get(path + "/annex-a.pdf").param("lang", "fr")).andExpect(status().isOk());
    }

    @Test
    void progressReportsSayHowTheAdoptedPlanGoesAndTheEndOfTermOneHowItWasJudged() throws Exception {
        Parliament parliament = fixtures.parliament(null);
        HemicycleUser editor = fixtures.editor(parliament);
        ActionPlan plan = fixtures.adoptedPlan(editor, parliament);
        String path = "/parliaments/" + parliament.getSlug() + "/plans/" + plan.getSlug();
        Long commitment = jdbc.queryForObject("select id from commitment where plan_id = ?", Long.class, plan.getId());
        mvc.perform(post("/manage/commitments/" + commitment + "/assessments/self").with(user(editor)).with(csrf())
                .param("specificity", "HIGH").param("relevance", "ACCESS_TO_INFORMATION").param("potentialImpact", "TRANSFORMATIVE")
                .param("completion", "COMPLETE").param("justification", "All published.")).andExpect(status().is3xxRedirection());

        mvc.perform(get(path + "/reports/mid-term").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mid-term progress report")))
                .andExpect(content().string(containsString("1 activity overdue")))
                .andExpect(content().string(containsString("no reading yet")));
        MvcResult pdf = mvc.perform(get(path + "/reports/end-of-term.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("End-of-term report", "Open the records", "Assessments", "Starred", "Overdue");
        }

        Parliament drafting = fixtures.parliament(null);
        HemicycleUser draftEditor = fixtures.editor(drafting);
        ActionPlan draft = fixtures.planInDrafting(draftEditor, drafting);
        String draftPath = "/parliaments/" + drafting.getSlug() + "/plans/" + draft.getSlug();
        mvc.perform(get(draftPath + "/reports/mid-term").with(user(draftEditor)).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Progress reports are of an adopted plan.")));
        mvc.perform(get(path + "/reports/next-year")).andExpect(status().isNotFound());
    }

    private static List<PDFont> fontsOf(PDDocument document) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
