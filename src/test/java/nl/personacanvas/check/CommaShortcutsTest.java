package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 24's exact shortcuts (speed24) decide as the readings they replace: {@link Clauses#commas} answers at once
 * for a statement written without a comma, and {@link Reactions#afterNoticing} looks for commas only when a word after
 * the first is "en". Over the studied, blind, own and probe statements and sentences written for the test (none from
 * an evaluation set).
 */
class CommaShortcutsTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;

    /** The premise of the comma shortcut: folding (lower case, NFD, marks dropped) makes a comma of no other character. */
    @Test
    void noCharacterButTheCommaFoldsToAComma() {
        List<String> folding = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (c != ',' && Character.isDefined(c) && !Character.isSurrogate((char) c)
                    && WrittenText.folded(Character.toString(c)).indexOf(',') >= 0) {
                folding.add(Integer.toHexString(c));
            }
        }
        assertThat(folding).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",", "Regelt de bus", "Regelt de bus, en ik bel", "Regelt de bus ,en ik bel",
        "Regelt de bus\uFF0C en ik bel", "Regelt de bus\u201A en ik bel", "Regelt de bus\u037E en ik bel",
        "Café, één keer, ná", "Regelt de bus,,, en", ", Regelt de bus", "Staat open-minded, en ik luister"})
    void theCommasAreThoseTheGapsHold(String text) {
        List<Word> words = lexicons.analyzer.analyze(text).words();
        assertThat(Clauses.commas(text, words)).as(text).containsExactly(formerCommas(text, words));
    }

    @Test
    void overLabelledStatementsBothShortcutsDecideAsTheFormerReadings() throws IOException {
        List<String> texts = ReadableStatements.texts();
        assertThat(texts).hasSizeGreaterThan(2000);
        int withCommas = 0;
        int reactions = 0;
        for (String text : texts) {
            AnalyzedText analysed = lexicons.analyzer.analyze(text);
            int[] former = formerCommas(text, analysed.words());
            assertThat(Clauses.commas(text, analysed.words())).as(text).containsExactly(former);
            withCommas += former.length > 0 ? 1 : 0;
            boolean reaction = formerAfterNoticing(analysed);
            assertThat(Reactions.afterNoticing(analysed)).as(text).isEqualTo(reaction);
            reactions += reaction ? 1 : 0;
        }
        // Both answers occur, or the comparison proves little.
        assertThat(withCommas).isPositive().isLessThan(texts.size());
        assertThat(reactions).isPositive().isLessThan(texts.size());
    }

    /** {@code Clauses.commas} as it was at the start of session 24: every gap cut, then searched. */
    private static int[] formerCommas(String text, List<Word> words) {
        String[] gaps = Clauses.gaps(text, words);
        return IntStream.range(1, words.size()).filter(i -> gaps[i].indexOf(',') >= 0).toArray();
    }

    /** {@code Reactions.afterNoticing} as it was at the start of session 24 (0a8d3d5), on the former commas. */
    private static boolean formerAfterNoticing(AnalyzedText text) {
        Set<String> reacting = Set.of("ik", "hij", "ze", "zij");
        Set<String> subordinate = Set.of("hoe", "dat", "wat", "of", "als", "die", "waar", "wie", "omdat", "zodat",
                "wanneer", "terwijl");
        List<Word> words = text.words();
        if (text.mainClause() > 0) {
            return false;
        }
        for (int comma : formerCommas(text.text(), words)) {
            if (comma >= words.size() || !"en".equals(words.get(comma).surface())) {
                continue;
            }
            for (int i = comma + 1; i < Math.min(comma + 1 + 8, words.size()); i++) {
                String s = words.get(i).surface();
                if (subordinate.contains(s)) {
                    break;
                }
                if (reacting.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }
}
