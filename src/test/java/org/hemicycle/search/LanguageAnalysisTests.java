package org.hemicycle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LanguageAnalysisTests {

    @Test
    void frenchArticlesAreCutBeforeStopWordsAreTakenOut() throws IOException {
        assertThat(terms(LanguageAnalysis.FRENCH, "Publication d'une votation de l'Assemblée"))
                .containsExactlyElementsOf(terms(LanguageAnalysis.FRENCH, "publication votation assemblée"))
                .doesNotContain("une", "d'une", "l'assemblee");
    }

    @Test
    void eachLanguageMeetsItsWordsWithOrWithoutAccentsAndInThePlural() throws IOException {
        assertThat(terms(LanguageAnalysis.SPANISH, "Votaciones")).isEqualTo(terms(LanguageAnalysis.SPANISH, "votación"));
        assertThat(terms(LanguageAnalysis.PORTUGUESE, "As votações")).isEqualTo(terms(LanguageAnalysis.PORTUGUESE, "votação"));
        assertThat(terms(LanguageAnalysis.ENGLISH, "The parliament's votes")).isEqualTo(terms(LanguageAnalysis.ENGLISH, "parliament vote"));
        assertThat(LanguageAnalysis.forLanguage("es-CR")).isEqualTo(LanguageAnalysis.SPANISH);
        assertThat(LanguageAnalysis.forLanguage("de")).isEqualTo(LanguageAnalysis.ENGLISH);
    }

    private static List<String> terms(String language, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (Analyzer analyzer = LanguageAnalysis.analyzer(language); TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
