package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Session 27's exact changes (speed27): {@link RecentWords}, the analyser's per-thread map of recent tokens, keeps
 * and forgets as the map it replaced, and {@link AnalyzedText} settles a one-word phrase whose stem it lacks on its
 * signature, finding what the scan of its words found. Over the studied, blind, own and probe statements (none from
 * an evaluation set).
 */
class RecentWordsAndOneWordGateTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;

    /** Against a plain map that is cleared when full, on random tokens from a small alphabet (so hashes collide). */
    @Test
    void recentWordsAnswerAsAMapThatStartsOverWhenFull() {
        Random random = new Random(27);
        for (int limit : new int[] {1, 2, 5, 64}) {
            RecentWords recent = new RecentWords(limit);
            Map<String, Word> model = new HashMap<>();
            for (int step = 0; step < 20_000; step++) {
                String token = token(random);
                char[] buffer = (token + "#junk").toCharArray();
                Word kept = recent.get(buffer, token.length());
                assertThat(kept).isSameAs(model.get(token));
                if (kept == null) {
                    Word word = word(token);
                    if (model.size() >= limit) {
                        model.clear();
                    }
                    model.put(token, word);
                    recent.put(buffer, token.length(), word);
                }
                assertThat(recent.size()).isEqualTo(model.size());
            }
            for (Map.Entry<String, Word> e : model.entrySet()) {
                assertThat(recent.get(e.getKey().toCharArray(), e.getKey().length())).isSameAs(e.getValue());
            }
        }
    }

    @Test
    void aTokenIsKeptByItsCharactersAlone() {
        RecentWords recent = new RecentWords(8);
        Word word = word("Gastland");
        recent.put("Gastlander".toCharArray(), 8, word);
        assertThat(recent.get("Gastland".toCharArray(), 8)).isSameAs(word);
        assertThat(recent.get("gastland".toCharArray(), 8)).isNull();
        assertThat(recent.get("Gastlan".toCharArray(), 7)).isNull();
        assertThat(recent.get("Gastlander".toCharArray(), 10)).isNull();
        assertThat(recent.get(new char[0], 0)).isNull();
    }

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

    private static String token(Random random) {
        char[] letters = new char[1 + random.nextInt(3)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = "abAé".charAt(random.nextInt(4));
        }
        return new String(letters);
    }

    private static Word word(String surface) {
        return new Word(surface, surface, List.of(), false, 0, new int[0], -1, false, 0);
    }
}
