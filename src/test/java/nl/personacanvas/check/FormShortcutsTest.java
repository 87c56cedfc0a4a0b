package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcuts that keep the per-statement form rules cheap (session 19, perf19) decide as the full reading does:
 * {@link PlaceByForm#mayMatch} is true wherever its expression matches, and {@link ForeignSpelling} skips only words it
 * could not have found. Over the studied, blind, own and probe statements and sentences written for the test.
 */
class FormShortcutsTest {
    private static final ForeignSpelling SPELLING = new ForeignSpelling();
    private static final String NEVER_DUTCH = "ßåøæñłśźżąęėįųūīņļķģŗşğıčřšžďťňőűãõțș";

    @ParameterizedTest
    @ValueSource(strings = {
        "Regelt een leerbedrijf in Vorarlberg", "Bezoekt de stagiair in de Moezelstreek", "Een stage naar het Ruhrgebied",
        "Plant een stage in  de\tToscane", "uit Łódź komt de collega", "In Reggio Emilia werkt zij",
        "Werkt in\nBrno", "reist naar Düsseldorf", "Begint in Januari", "Koopt in de winkel", "x-in Foo", "Kuit Foo",
        "in Uit Polen", "naar In Den Haag", "in de Foo-Bar", "in het", "in", "", "  Uit  het  Saarland"})
    void theShortcutPassesEveryStatementTheExpressionMatches(String text) {
        assertThat(!PlaceByForm.AFTER_PREPOSITION.matcher(text).find() || PlaceByForm.mayMatch(text)).as(text).isTrue();
    }

    @Test
    void theShortcutRefusesStatementsWithoutACapitalAfterAPreposition() {
        assertThat(PlaceByForm.mayMatch("Begeleidt studenten bij een stage in het buitenland")).isFalse();
        assertThat(PlaceByForm.mayMatch("Spreekt met Anouk over de planning")).isFalse();
        assertThat(PlaceByForm.mayMatch("Werkt met de Rijnstreek")).isFalse();
        assertThat(PlaceByForm.mayMatch("Regelt een stage in Vorarlberg")).isTrue();
        assertThat(PlaceByForm.mayMatch("Regelt een stage in de Moezelstreek")).isTrue();
    }

    @Test
    void overLabelledStatementsTheShortcutsDecideAsTheFullReading() throws IOException {
        List<String> texts = ReadableStatements.texts();
        assertThat(texts).hasSizeGreaterThan(2000);
        int passed = 0;
        for (String text : texts) {
            boolean matches = PlaceByForm.AFTER_PREPOSITION.matcher(text).find();
            assertThat(!matches || PlaceByForm.mayMatch(text)).as(text).isTrue();
            passed += PlaceByForm.mayMatch(text) ? 1 : 0;
            assertThat(SPELLING.foundIn(text)).as(text).isEqualTo(fullReading(text));
        }
        // The point of the shortcut: most statements never reach the expression (about a third of these pass, sets
        // rich in stays abroad by design; fewer in a canvas, and only statements without a cue for every activity ask).
        assertThat(passed).isPositive().isLessThan(texts.size() / 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"collega Søren", "de fabriek in Łódź", "Jürgen uit Düsseldorf", "SØREN", "ŁÓDŹ",
        "een röntgenfoto", "de haarföhn", "reünie", "coördinator", "café en façade", "België", "Straße", "Ø 12 mm",
        "plain ascii text", "İstanbul", "naïef", "een jalapeño"})
    void theSpellingShortcutDecidesAsTheFullReading(String text) {
        assertThat(SPELLING.foundIn(text)).as(text).isEqualTo(fullReading(text));
    }

    /** {@link ForeignSpelling#foundIn} as it read every word before the shortcut (session 18, gen18b). */
    private static boolean fullReading(String text) {
        List<String> dutch = ResourceText.lines("dutch-foreign-spellings.txt");
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !Character.isLetter(text.charAt(i))) {
                String word = text.substring(start, i).toLowerCase(Locale.forLanguageTag("nl"));
                if (i - start >= 3 && foreignLetter(word) && dutch.stream().noneMatch(k -> word.startsWith(k) || word.endsWith(k))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean foreignLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (NEVER_DUTCH.indexOf(c) >= 0 || "üöä".indexOf(c) >= 0 && (i == 0 || "aeiouy".indexOf(word.charAt(i - 1)) < 0)) {
                return true;
            }
        }
        return false;
    }
}
