package nl.personacanvas.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the name field shows for a user's text, and what it hands back: the mark is only ever the field's. */
class LeftToRightFieldTest {
    private static final String FATIMA = "\u0641\u0627\u0637\u0645\u0629 El Amrani";

    @Test
    void aNameStartingRightToLeftIsShownAfterAMarkThatNeverReachesTheUsersText() {
        assertThat(LeftToRightField.shown(FATIMA)).isEqualTo("\u200E" + FATIMA);
        assertThat(LeftToRightField.typed(LeftToRightField.shown(FATIMA))).isEqualTo(FATIMA);
        assertThat(LeftToRightField.shown("Laura")).isEqualTo("Laura");
        assertThat(LeftToRightField.shown("Amina \u0623\u0645\u064A\u0646\u0629")).as("starts left to right")
                .isEqualTo("Amina \u0623\u0645\u064A\u0646\u0629");
        assertThat(LeftToRightField.shown("")).isEmpty();
        assertThat(LeftToRightField.typed("\u200ELaura")).as("a mark of the user's own before a Latin name stays")
                .isEqualTo("\u200ELaura");
    }
}
