package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 23's exact shortcuts (speed23) decide as the readings they replace: the told break's mark test read from
 * the end ({@link Clauses#markBeforeMore}), the told break shared by {@link QuickDeed} and {@link SetbackScene}, and the
 * Dutch names read and folded once for {@link PlaceByForm} and {@link HomeIdentity} ({@link DutchNames}). Over the
 * studied, blind, own and probe statements and sentences written for the test (none from an evaluation set).
 */
class ExactShortcutsTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".", "...", ". ; :", "Regelt de bus.", "Regelt de bus.  \t\n", "Regelt de bus ... ;",
        "Bus kapot. Geregeld", "Bus kapot.Geregeld", "Bus kapot:\u00A0", "Bus kapot:\u2003", "Bus kapot;\u037E x",
        "\u037E", "a\u037E", "\u037Ea", ".a", "a.", " .a ", "Bus kapot: 🚐", "Bus kapot 🚐.", "v.d. Berg regelt het",
        "Regelt het?", "Regelt het! Goed zo.", "Regelt: - ", "Regelt: -", "Regelt, daarna; niets", "x\r\n.\r\ny"})
    void theMarkTestReadFromTheEndDecidesAsTheFormerPass(String text) {
        assertThat(Clauses.markBeforeMore(text)).as(text).isEqualTo(formerMarkBeforeMore(text));
    }

    @Test
    void overLabelledStatementsTheMarkTestDecidesAsTheFormerPass() throws IOException {
        List<String> texts = ReadableStatements.texts();
        assertThat(texts).hasSizeGreaterThan(2000);
        int marked = 0;
        for (String text : texts) {
            boolean former = formerMarkBeforeMore(text);
            assertThat(Clauses.markBeforeMore(text)).as(text).isEqualTo(former);
            marked += former ? 1 : 0;
        }
        // Both answers occur, or the comparison proves little.
        assertThat(marked).isPositive().isLessThan(texts.size());
    }

    /**
     * The quick deed and the setback scene share the told break: a "Na ..." opening makes the scene read from its
     * second word while the quick deed still reads past the told break; a "Toen ..." scene reads from the main clause.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            QUICK   | Kraan in de hal lek. Binnen een uur had ik een loodgieter aan de lijn
            QUICK   | Na de storing van de kassa: binnen tien minuten draaide de zaak weer
            AGAIN   | Na een pittig gesprek met de chef stond ik een week later met een nieuw rooster klaar
            DECIDED | Toen de leverancier niet kwam, heb ik ter plekke besloten zelf naar de groothandel te rijden
            TURNED  | Toen de monteur ziek werd, heb ik de planning ter plekke omgegooid
            LATER   | Ons voorstel kwam niet door. Twee weken later lag er een nieuw plan bij de klant
            NONE    | Stuurt binnen een dag na het bezoek het verslag naar de leerbedrijven
            NONE    | Regelt de bus naar Hannover.
            """)
    void theSharedToldBreakReadsEachScene(String kind, String text) {
        SetbackScene.Kind read = SetbackScene.read(lexicons.analyzer.analyze(text));
        assertThat(read == null ? "NONE" : read.name()).as(text).isEqualTo(kind);
    }

    /**
     * The names folded once are the names each reader folded for itself: every name of the list, folded on its own, is
     * one of {@link DutchNames#folded()} at its own place, and a name shaped as a word for people reads as the teacher's
     * home ("Ik als Groninger ...") where it is a name of the list.
     */
    @Test
    void theDutchNamesFoldedOnceAreTheNamesEachReaderFolded() {
        List<String> lines = ResourceText.lines("dutch-names.txt");
        List<String> folded = DutchNames.load().folded();
        assertThat(folded).hasSameSizeAs(lines);
        for (int i = 0; i < lines.size(); i++) {
            String name = lines.get(i);
            assertThat(folded.get(i)).as(name).isEqualTo(WordAnalysis.fold(name.toCharArray(), name.length()));
        }
        assertThat(folded).contains("groninger", "limburger");
        for (String people : List.of("Groninger", "Limburger", "Amsterdammers", "Hagenaar")) {
            assertThat(lexicons.home.read(lexicons.analyzer.analyze("Ik als " + people + " zeg het meteen")))
                    .as(people).isTrue();
        }
        assertThat(lexicons.home.read(lexicons.analyzer.analyze("Ik als leraar zeg het meteen"))).isFalse();
    }

    /** {@code Clauses.markBeforeMore} as the lead wrote it (session 22, 09ac3a0): one pass asking every character. */
    private static boolean formerMarkBeforeMore(String text) {
        boolean mark = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (".:;".indexOf(c) >= 0 || c == '\u037E') {
                mark = true;
            } else if (mark && !Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }
}
