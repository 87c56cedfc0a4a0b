package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.ui.TextRule.Fit;
import org.junit.jupiter.api.Test;

/** What a field keeps of a typed or pasted text: per item and per list, as a workbook file stores them. */
class TextRuleTest {
    private final TextRule names = TextRule.list("[,;]", 10, 3, "text.limit.authors");
    private final TextRule lines = TextRule.list("\\R", 10, 3, "text.limit.statements");

    @Test
    void aWholeTextKeepsWhatFitsCountingCodePoints() {
        TextRule whole = TextRule.whole(5);
        assertThat(whole.fit("ab", "c\uD83D\uDE00de", "")).isEqualTo(new Fit("c\uD83D\uDE00d", 1, false));
        assertThat(whole.fit("abcde", "x", "")).isEqualTo(new Fit("", 1, false));
        assertThat(whole.fit("a", "bc", "d")).isEqualTo(new Fit("bc", 0, false));
    }

    @Test
    void aCutNeverKeepsHalfAFlagAndCountsWhatWasLeftOut() {
        TextRule whole = TextRule.whole(4);
        // "NL " and a flag (two regional letters) in a room of four: the flag goes whole, both its code points counted.
        assertThat(whole.fit("", "NL \uD83C\uDDF3\uD83C\uDDF1", "")).isEqualTo(new Fit("NL ", 2, false));
        // A name in a list: the accent written as a combining mark stays with its letter.
        assertThat(names.fit("", "Ame\u0301lie Dubois", "").kept()).isEqualTo("Ame\u0301lie Du");
        assertThat(TextRule.list("[,;]", 4, 3, "text.limit.authors").fit("", "Ame\u0301lie", "").kept())
                .isEqualTo("Ame\u0301");
        assertThat(TextRule.list("[,;]", 3, 3, "text.limit.authors").fit("", "Ame\u0301lie", ""))
                .isEqualTo(new Fit("Am", 5, false));
    }

    @Test
    void eachNameIsCutToItsOwnLengthAndTheOthersAreKept() {
        // "Ann, " before the caret: the pasted first name goes on a new item; the second is too long by 2.
        Fit fit = names.fit("Ann, ", "Bob, Christophers", "");
        assertThat(fit).isEqualTo(new Fit("Bob, Christophe", 2, false));
        // Stripped as the view-model stores it: the space after a comma is not counted.
        assertThat(names.fit("", "  abcdefghij", "").kept()).isEqualTo("  abcdefghij");
    }

    @Test
    void aNameTypedIntoOneAlreadyThereCountsItsWholeItem() {
        // The caret inside "abcdefgh" (8), before ", x": two more fit, the third does not.
        assertThat(names.fit("x, abcd", "123", "efgh, y")).isEqualTo(new Fit("12", 1, false));
    }

    @Test
    void aListKeepsAtMostItsCountOfItemsAndSaysHowManyWereLeftOut() {
        assertThat(names.fit("a, b", ", c, d, e", "")).isEqualTo(new Fit(", c", 2, true));
        // Blank items do not count: a trailing comma is no name.
        assertThat(names.fit("a, b, ", "c", "")).isEqualTo(new Fit("c", 0, false));
        // Full: a new item gets nothing, one already there may still grow.
        assertThat(names.fit("a, b, c, ", "d", "")).isEqualTo(new Fit("", 1, true));
        assertThat(names.fit("a, b, c", "d", "")).isEqualTo(new Fit("d", 0, false));
    }

    @Test
    void statementsAreLinesEachWithinItsLength() {
        Fit fit = lines.fit("one\n", "0123456789XY\r\nshort\nthird\nfourth", "");
        assertThat(fit).isEqualTo(new Fit("0123456789\r\nshort", 2, true));
        assertThat(lines.fit("", "0123456789XY\nb", "")).isEqualTo(new Fit("0123456789\nb", 2, false));
    }
}
