package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker folds each distinct token once and runs the synonym filter only where a rule's input occurs;
 * the words must be those of the full token stream (tokeniser, lower case, ASCII folding, synonyms).
 */
class WordAnalysisTest {
    private final WordAnalysis lucene = new WordAnalysis(ResourceText.lines("compound-parts.txt"),
            ResourceText.text("synonyms.txt"));

    /** Folds every raw token itself, as the checker's word cache does on a miss. */
    private final WordAnalysis.RawTerms<String> folding = new WordAnalysis.RawTerms<>() {
        @Override
        public String of(char[] buffer, int length) {
            return WordAnalysis.fold(buffer, length);
        }

        @Override
        public boolean startsSynonym(String word) {
            return lucene.startsSynonym(word);
        }

        @Override
        public String surface(String word) {
            return word;
        }
    };

    private List<String> byToken(String text) {
        return lucene.words(text, folding, (buffer, length) -> new String(buffer, 0, length));
    }

    @Test
    void foldingPerTokenGivesTheWordsOfTheTokenStream() {
        for (String text : List.of("Creëert een Ööpen sfeer voor ÉÉN groep", "Begeleidt STUDENTEN in Straße",
                "Zij is open-minded en nieuwsgierig", "Geeft feedback aan stagiairs", "Feedback geven op verslagen",
                "Staat open voor nieuwe ideeën", "Werkt met learning outcomes en Learning Outcome",
                "Stuurt een E-mail naar de host country", "coacht online", "")) {
            assertThat(byToken(text)).as(text).isEqualTo(lucene.words(text));
        }
    }

    @Test
    void aRuleAppliesOnlyWhereItsWholeInputOccurs() {
        assertThat(byToken("Is open minded")).containsExactly("is", "openminded");
        assertThat(byToken("Staat open voor kritiek")).containsExactly("staat", "open", "voor", "kritiek");
        assertThat(byToken("Werkt met learning outcomes")).containsExactly("werkt", "met", "leeruitkomsten");
    }
}
