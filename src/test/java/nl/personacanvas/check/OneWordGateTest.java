package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 27's exact change (speed27): {@link AnalyzedText} settles a one-word phrase whose stem's signature bit is
 * clear without scanning its words, and finds what the scan of its words found. Over the studied, blind, own and
 * probe statements (none from an evaluation set).
 */
class OneWordGateTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;

    /**
     * Every one-word phrase of a stem of the next statement (and of the statement itself), with and without function
     * words: contains and spans as a scan of the words finds them.
     */
    @Test
    void oneWordPhrasesAreFoundAsTheWordsSay() throws IOException {
        List<String> texts = ReadableStatements.texts();
        int found = 0;
        int absent = 0;
        for (int t = 0; t < texts.size(); t++) {
            AnalyzedText text = lexicons.analyzer.analyze(texts.get(t));
            List<Integer> stems = new ArrayList<>();
            for (AnalyzedText other : List.of(text, lexicons.analyzer.analyze(texts.get((t + 1) % texts.size())))) {
                for (Word w : other.words()) {
                    stems.add(w.id());
                    for (int p : w.partIds()) {
                        stems.add(p);
                    }
                }
            }
            for (int stem : stems) {
                for (boolean withStops : new boolean[] {true, false}) {
                    Phrase phrase = new Phrase("test", List.of("s"), new int[] {stem}, withStops, 3);
                    List<int[]> expected = scanned(text, stem, withStops);
                    assertThat(text.contains(phrase)).isEqualTo(!expected.isEmpty());
                    assertThat(text.spans(phrase)).containsExactlyElementsOf(expected.isEmpty() ? List.of() : expected);
                    if (expected.isEmpty()) {
                        absent++;
                    } else {
                        found++;
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(1000);
        assertThat(absent).isGreaterThan(1000);
    }

    /** The spans of a one-word phrase as the scan found them before the gate. */
    private static List<int[]> scanned(AnalyzedText text, int stem, boolean withStops) {
        List<int[]> spans = new ArrayList<>();
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            if ((withStops || !words.get(i).stop()) && words.get(i).has(stem)) {
                spans.add(new int[] {i, i});
            }
        }
        return spans;
    }
}
