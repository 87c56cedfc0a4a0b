package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typo step's search skips a stem whose letters differ from the word's by more than the bound, and measures the
 * rest only within the best distance so far (session 23, speed23). Both are exact: it finds what measuring every stem
 * of the same first letter and near length finds, on words one or two edits from a known stem, on words far from
 * every stem, and on the edges of the letter test (a swap, a doubled letter, characters beyond a-z).
 */
class NearestStemTest {
    private static final Set<String> KNOWN = known();
    private static final NearestStem NEAREST = new NearestStem(KNOWN);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            begeleid    | begeleid
            begelied    | begeleid
            begleid     | begeleid
            begeleidd   | begeleid
            internatinal| international
            intrenational| international
            internaional| international
            flexibl     | flexibel
            flexiebel   | flexibel
            coordinaat  | coordinaat
            cooördinaat | coordinaat
            stagaire    |
            zzzzzz      |
            """)
    void findsWhatMeasuringEveryStemFinds(String word, String expected) {
        Optional<String> found = NEAREST.nearest(word);
        assertThat(found).isEqualTo(everyStemMeasured(word));
        assertThat(found.orElse(null)).as(word).isEqualTo(expected);
    }

    @Test
    void overManyNearAndFarWordsTheSearchFindsWhatMeasuringEveryStemFinds() {
        Random random = new Random(23);
        List<String> stems = new ArrayList<>(KNOWN);
        int found = 0;
        int words = 0;
        for (String stem : stems) {
            for (int variant = 0; variant < 6; variant++) {
                String word = variant == 0 ? stem : edited(stem, 1 + variant % 3, random);
                if (word.isEmpty()) {
                    continue;
                }
                Optional<String> expected = everyStemMeasured(word);
                assertThat(NEAREST.nearest(word)).as(word).isEqualTo(expected);
                found += expected.isPresent() ? 1 : 0;
                words++;
            }
        }
        // Both outcomes occur, or the comparison proves little.
        assertThat(found).isGreaterThan(words / 4).isLessThan(words);
    }

    @Test
    void theLettersOfAWordAreOneBitEachAndOtherCharactersShareSix() {
        assertThat(NearestStem.letters("abba")).isEqualTo(0b11);
        assertThat(NearestStem.letters("ba")).isEqualTo(NearestStem.letters("ab"));
        assertThat(Integer.bitCount(NearestStem.letters("ö"))).isEqualTo(1);
        assertThat(NearestStem.letters("ö") & ((1 << 26) - 1)).isZero();
        assertThat(NearestStem.letters("")).isZero();
    }

    /** The search as it was before session 23: every stem of the first letter within the length bound measured. */
    private static Optional<String> everyStemMeasured(String stem) {
        if (stem.length() < NearestStem.MIN_FUZZY_LENGTH - 1) {
            return Optional.empty();
        }
        int maxEdits = stem.length() >= 9 ? 2 : 1;
        String best = null;
        int bestDistance = maxEdits + 1;
        for (String k : KNOWN) {
            if (k.length() < NearestStem.MIN_FUZZY_LENGTH - 1 || k.charAt(0) != stem.charAt(0)
                    || Math.abs(k.length() - stem.length()) > maxEdits) {
                continue;
            }
            int d = EditDistance.bounded(stem, k, maxEdits);
            if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
                best = k;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code edits} random deletions, insertions, substitutions and swaps, the first letter kept. */
    private static String edited(String word, int edits, Random random) {
        StringBuilder b = new StringBuilder(word);
        String alphabet = "abcdefghijklmnopqrstuvwxyzëö";
        for (int e = 0; e < edits && b.length() > 2; e++) {
            int at = 1 + random.nextInt(b.length() - 1);
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 2 -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                default -> {
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Stems written for the test and the first 1,500 words of the Dutch word list: many share a first letter. */
    private static Set<String> known() {
        Set<String> known = new LinkedHashSet<>(List.of("begeleid", "international", "flexibel", "coördinaat",
                "stagiair", "begeleider", "internationaal", "flexibiliteit", "coördinator", "stage"));
        List<String> words = ResourceText.lines("dutch-words.txt");
        known.addAll(words.subList(0, Math.min(1500, words.size())));
        return known;
    }
}
