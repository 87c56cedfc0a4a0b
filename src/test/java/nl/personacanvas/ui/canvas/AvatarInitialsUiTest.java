package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * ux14: the editor's initials badge took the first character of the name's first two words, so "Sanne 🌍✈️" showed
 * "S" and a box (the screen's font has no emoji) while the poster showed "S"; "Anna van Dijk" gave "AV" on screen
 * and "AD" on the poster. Both now take the first letter of the first and of the last word.
 */
class AvatarInitialsUiTest extends MainWindowUiTest {
    @Test
    void theBadgeShowsLettersOnlyAsThePosterDoes() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        TextField name = robot.lookup("#canvas-name").queryAs(TextField.class);
        Label initials = robot.lookup("#canvas-portrait .avatar-initials").queryAs(Label.class);
        assertThat(initials.getText()).isEqualTo("L");

        robot.interact(() -> name.setText("Sanne \uD83C\uDF0D\u2708\uFE0F"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(initials.getText()).isEqualTo("S");

        robot.interact(() -> name.setText("Anna van Dijk"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(initials.getText()).isEqualTo("AD");

        robot.interact(() -> name.setText("\u0639\u0628\u062F \u0627\u0644\u0631\u062D\u0645\u0646"));
        WaitForAsyncUtils.waitForFxEvents();
        // Shown left to right like the name (session 25): the mark changes nothing in a line that is Arabic only...
        assertThat(initials.getText()).isEqualTo("\u200E\u0639\u0627");

        // ... and keeps "فA" of "فاطمة El Amrani" in the name's order; it read "Aف".
        robot.interact(() -> name.setText("\u0641\u0627\u0637\u0645\u0629 El Amrani"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(initials.getText()).isEqualTo("\u200E\u0641A");

        robot.interact(() -> name.setText("\uD83C\uDF0D"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(initials.getText()).isEqualTo("?");
    }
}
