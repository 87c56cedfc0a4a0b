package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Shortcuts;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (ux29): the bin under the persona list took a whole canvas away with one click, without a question, and
 * showed the next persona without a word; that it could be undone was nowhere to be read. Now the window says whom
 * it deleted and how to undo it, and that undo brings the persona back.
 */
class DeletePersonaSaysSoUiTest extends MainWindowUiTest {
    @Test
    void theBinSaysWhomItDeletedAndTheUndoKeyBringsThePersonaBack() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> personaId("Laura").equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));

        robot.clickOn("#persona-delete");
        waitUntil(() -> ui.personaNamesInList().equals(java.util.List.of("Ahmed")));

        String said = "Laura is verwijderd \u2014 Ongedaan maken: " + Shortcuts.shown(Shortcuts.UNDO);
        waitUntil(() -> robot.lookup("#notification-text").tryQuery().isPresent());
        assertThat(robot.lookup("#notification-text").queryAs(Text.class).getText()).isEqualTo(said);
        assertThat(ui.window.viewModel().status().text()).isEqualTo(said);

        UiFixture.keyboardTo(robot, robot.lookup("#persona-tree").query());
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> ui.personaNamesInList().contains("Laura"));
        assertThat(persona("Laura").canvas().allEntries()).isNotEmpty();
    }

    @Test
    void inEnglishToo() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.switchLanguage(java.util.Locale.ENGLISH));
        robot.clickOn("Ahmed");
        waitUntil(() -> personaId("Ahmed").equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
        robot.clickOn("#persona-delete");
        waitUntil(() -> ui.window.viewModel().status().text()
                .equals("Ahmed was deleted \u2014 Undo: " + Shortcuts.shown(Shortcuts.UNDO)));
    }
}
