package org.hemicycle.search;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * One analyzer per working language, named by its tag: the language's stop words and light stemmer, then accents
 * folded, so that "votación", "votaciones" and "votacion" meet. Named in application.yml
 * (hibernate.search.backend.analysis.configurer).
 */
public class LanguageAnalysis implements LuceneAnalysisConfigurer {

    /** The analyzers' names: the working languages. */
    public static final String ENGLISH = "en";
    public static final String SPANISH = "es";
    public static final String FRENCH = "fr";
    public static final String PORTUGUESE = "pt";

    /** The analyzer for a text's language: English's for a language that has none. */
    public static String forLanguage(String languageTag) {
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return switch (language) {
            case SPANISH, FRENCH, PORTUGUESE -> language;
            default -> ENGLISH;
        };
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String language : new String[] {ENGLISH, SPANISH, FRENCH, PORTUGUESE}) {
            context.analyzer(language).instance(analyzer(language));
        }
    }

    static Analyzer analyzer(String language) {
        return switch (language) {
            case SPANISH -> folding(SpanishAnalyzer.getDefaultStopSet(), UnaryOperator.identity(), SpanishLightStemFilter::new);
            // "d'une" is "une" before stop words are taken out, or the stop word would stay.
            case FRENCH -> folding(FrenchAnalyzer.getDefaultStopSet(),
                    stream -> new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES), FrenchLightStemFilter::new);
            case PORTUGUESE -> folding(PortugueseAnalyzer.getDefaultStopSet(), UnaryOperator.identity(), PortugueseLightStemFilter::new);
            default -> folding(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishPossessiveFilter::new, PorterStemFilter::new);
        };
    }

    /** Lower case, then what the language strips from words ({@code beforeStopWords}), its stop words, its stemmer, folding. */
    private static Analyzer folding(CharArraySet stopWords, UnaryOperator<TokenStream> beforeStopWords,
                                    UnaryOperator<TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(beforeStopWords.apply(new LowerCaseFilter(source)), stopWords);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stemmer.apply(stream)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
