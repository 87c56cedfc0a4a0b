package nl.personacanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cut never leaves half of what a reader sees as one character at the end of a name or a note. */
class GraphemesTest {
    private static final String FLAG_NL = "\uD83C\uDDF3\uD83C\uDDF1";
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    private static final String WAVE_DARK = "\uD83D\uDC4B\uD83C\uDFFF";

    @Test
    void aTextThatFitsComesBackWholeAndNothingIsKeptOfNoRoom() {
        assertThat(Graphemes.start("Laura", 5)).isEqualTo("Laura");
        assertThat(Graphemes.start("Laura", 0)).isEmpty();
        assertThat(Graphemes.start("Laura", 3)).isEqualTo("Lau");
    }

    @Test
    void aLetterKeepsItsCombiningAccent() {
        // "Ame\u0301lie": cutting after three code points would keep the e and drop its accent.
        assertThat(Graphemes.start("Ame\u0301lie", 3)).isEqualTo("Am");
        assertThat(Graphemes.start("Ame\u0301lie", 4)).isEqualTo("Ame\u0301");
    }

    @Test
    void aFlagAJoinedFamilyAndASkinToneStayWholeOrGo() {
        assertThat(Graphemes.start("NL " + FLAG_NL, 4)).isEqualTo("NL ");
        assertThat(Graphemes.start("NL " + FLAG_NL + "!", 5)).isEqualTo("NL " + FLAG_NL);
        // The family is five code points (three people, two joiners): any cut inside it drops it whole.
        for (int inside = 1; inside < 5; inside++) {
            assertThat(Graphemes.start("x" + FAMILY + "y", 1 + inside)).isEqualTo("x");
        }
        assertThat(Graphemes.start("Hoi " + WAVE_DARK, 5)).isEqualTo("Hoi ");
    }
}
