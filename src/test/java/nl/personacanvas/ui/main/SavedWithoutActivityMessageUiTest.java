package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.scrollDownTo;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 29 (ux29): saving after removing a core activity that a persona works on said "1 persona (Laura) staat er
 * zonder kernactiviteit in: die is verwijderd", which reads as if Laura had been deleted. It now says where Laura
 * stands (the list's group, as the removal itself said it), why, and what to do. The Dutch form is pinned in
 * {@link SaveTakesUpWhatWasWrittenUiTest}; here the English one, and Laura still there.
 */
class SavedWithoutActivityMessageUiTest extends MainWindowUiTest {
    @Test
    void theSaveSaysThePersonaIsUnderNoCoreActivityAndWhatToDo() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        Button remove = robot.lookup("#workbook-activity-remove-k-stage").queryAs(Button.class);
        scrollDownTo(robot, remove);
        robot.clickOn(remove);
        waitUntil(() -> document().workbook().activity("k-stage").isEmpty());

        UiFixture.keyboardTo(robot, robot.lookup("#persona-tree").query());
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntil(() -> ui.window.viewModel().status().text().startsWith("Saved"));

        assertThat(ui.window.viewModel().status().text()).isEqualTo("Saved: twente.pcanvas. 1 persona (Laura) is now"
                + " under No core activity, as its core activity was removed; choose another in the canvas.");
        assertThat(ui.personaNamesInList()).contains("Laura");
        assertThat(ui.store.load(twente()).personas()).extracting(p -> p.name()).contains("Laura");
    }
}
