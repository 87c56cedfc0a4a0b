package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.personacanvas.io.Limits;
import org.junit.jupiter.api.Test;

/** Session 24 (rob24): a paste of several lines makes no more notes than a quadrant holds, none longer than a note. */
class PastedNotesTest {

    @Test
    void linesPastTheQuadrantsRoomAreLeftOutAndCounted() {
        PastedNotes fit = PastedNotes.fit(List.of("een", "twee", "drie", "vier", "vijf"), 3);

        assertThat(fit.kept()).containsExactly("een", "twee", "drie");
        assertThat(fit.linesLeftOut()).isEqualTo(2);
        assertThat(fit.charactersLeftOut()).isZero();
        assertThat(fit.whole()).isFalse();
    }

    @Test
    void aLineLongerThanANoteIsCutAtAWholeCharacterAndWhatWasCutIsCounted() {
        // A flag is two code points; the cut would fall between them.
        String line = "a".repeat(Limits.MAX_TEXT_LENGTH - 1) + "🇳🇱" + "zoë";
        PastedNotes fit = PastedNotes.fit(List.of("kort", line), 10);

        assertThat(fit.kept()).hasSize(2);
        assertThat(fit.kept().get(0)).isEqualTo("kort");
        assertThat(fit.kept().get(1)).isEqualTo("a".repeat(Limits.MAX_TEXT_LENGTH - 1));
        assertThat(fit.charactersLeftOut()).isEqualTo(2 + 3);
        assertThat(fit.linesLeftOut()).isZero();
    }

    @Test
    void aFullQuadrantKeepsNothingAndWhatFitsIsKeptWhole() {
        assertThat(PastedNotes.fit(List.of("een", "twee"), 0).kept()).isEmpty();
        assertThat(PastedNotes.fit(List.of("een", "twee"), 0).linesLeftOut()).isEqualTo(2);
        assertThat(PastedNotes.fit(List.of("een", "twee"), 2).whole()).isTrue();
        assertThat(PastedNotes.roomBeside(Limits.MAX_ENTRIES_PER_QUADRANT - 4)).isEqualTo(4);
        assertThat(PastedNotes.roomBeside(Limits.MAX_ENTRIES_PER_QUADRANT + 7)).isZero();
    }
}
