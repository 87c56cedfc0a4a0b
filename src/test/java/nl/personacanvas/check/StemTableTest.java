package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 29's exact change (speed29): {@link AnalyzedText} keeps its stem numbers in a small hash table, so
 * {@link AnalyzedText#hasStem} probes instead of scanning, and drops duplicates through it while it is built. The
 * answers are those of the lists and scans they replace, over the studied, blind, own and probe statements (none
 * from an evaluation set) and over made-up word lists whose numbers collide in the table.
 */
class StemTableTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;

    @Test
    void theStatementsStemsAreTheDistinctOnesInOrderAndHasStemAnswersAsAScan() throws IOException {
        int asked = 0;
        int present = 0;
        for (String t : ReadableStatements.texts()) {
            AnalyzedText text = lexicons.analyzer.analyze(t);
            assertExact(text);
            present += text.allIds().length;
            asked++;
        }
        assertThat(asked).isGreaterThan(1000);
        assertThat(present).isGreaterThan(10 * asked);
    }

    /** Numbers a multiple of the table's length apart land in one slot: the probe must walk past the others. */
    @Test
    void collidingAndRepeatedNumbersAreKeptApart() {
        for (int step : new int[] {1, 7, 64, 65536, 1 << 20}) {
            for (int n = 0; n <= 40; n++) {
                List<Word> words = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    int id = i * step % 100_000_007;
                    words.add(new Word("w" + i, "w" + i, List.of("p" + i, "q"), i % 3 == 0, id,
                            new int[] {id + step, 99}, -1, false, i));
                    words.add(new Word("w" + i, "w" + i, List.of(), false, id, new int[0], -1, false, i));
                }
                assertExact(new AnalyzedText("test", words));
            }
        }
    }

    private static void assertExact(AnalyzedText text) {
        Set<Integer> all = new LinkedHashSet<>();
        Set<Integer> content = new LinkedHashSet<>();
        List<String> stems = new ArrayList<>();
        for (Word w : text.words()) {
            all.add(w.id());
            for (int p : w.partIds()) {
                all.add(p);
            }
            if (!w.stop()) {
                if (content.add(w.id())) {
                    stems.add(w.stem());
                }
                for (int p = 0; p < w.partIds().length; p++) {
                    if (content.add(w.partIds()[p])) {
                        stems.add(w.parts().get(p));
                    }
                }
            }
        }
        assertThat(text.allIds()).containsExactly(all.stream().mapToInt(Integer::intValue).toArray());
        assertThat(text.stemIds()).containsExactly(content.stream().mapToInt(Integer::intValue).toArray());
        assertThat(text.stems()).containsExactlyElementsOf(stems);
        int max = all.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int id = 0; id <= Math.min(max + 130, 5000); id++) {
            assertThat(text.hasStem(id)).isEqualTo(all.contains(id));
        }
        for (int id : all) {
            assertThat(text.hasStem(id)).isTrue();
            assertThat(text.hasStem(id + 1)).isEqualTo(all.contains(id + 1));
        }
    }
}
