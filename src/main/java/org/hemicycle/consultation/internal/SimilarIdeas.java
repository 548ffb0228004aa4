package org.hemicycle.consultation.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hemicycle.consultation.AnswerKind;
import org.hemicycle.consultation.InputKind;
import org.hemicycle.consultation.Moderation;
import org.hemicycle.search.LanguageAnalysis;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The ideas of a consultation closest to a text someone is writing, by full-text relevance in the consultation's
 * language (its title counting twice its text), so that they can support one instead of repeating it. Ideas merged
 * into another are left out (the one they were merged into stands for them), and so are those moderation hides.
 */
@Component
public class SimilarIdeas {

    /** Enough of a text to find what is like it; a longer one would only make the query longer. */
    private static final int MOST_CHARACTERS = 600;

    private final EntityManager entityManager;

    SimilarIdeas(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<IdeaEntity> to(Long consultationId, String languageTag, String text, int most) {
        String words = text.strip();
        if (words.isEmpty()) {
            return List.of();
        }
        String query = words.length() > MOST_CHARACTERS ? words.substring(0, MOST_CHARACTERS) : words;
        String language = LanguageAnalysis.forLanguage(languageTag);
        return Search.session(entityManager).search(IdeaEntity.class)
                .where(f -> f.bool()
                        .must(f.match().field("title_" + language).boost(2f).field("body_" + language).matching(query))
                        .filter(f.match().field("consultationId").matching(consultationId))
                        .filter(f.match().field("kind").matching(InputKind.IDEA))
                        .filter(f.match().field("moderation").matching(Moderation.VISIBLE))
                        .mustNot(f.match().field("answerKind").matching(AnswerKind.MERGED)))
                .fetchHits(most);
    }
}
