package nl.personacanvas.ui.workbook;

import static nl.personacanvas.ui.UiFixture.scrollDownTo;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * In the window: an activity a persona works on removed with its row's button, then Ctrl+S. The file opens again
 * (it used to be refused: the persona named an activity the file lacked), with every persona and its notes, the
 * persona without an activity as the window lists it.
 */
class RemoveActivityUiTest extends MainWindowUiTest {
    @Test
    void removingAnActivityAPersonaWorksOnAndSavingGivesAFileThatOpensWithEveryPersona() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Workbook before = document().workbook();
        CoreActivity used = before.activityOf(before.personas().get(0)).orElseThrow();
        Node row = robot.lookup(".activity-row").queryAll().stream()
                .filter(r -> used.name().equals(robot.from(r).lookup(".text-field").queryAs(TextField.class).getText()))
                .findFirst().orElseThrow();
        scrollDownTo(robot, row);

        robot.clickOn(robot.from(row).lookup(".button").queryAs(Button.class));
        waitUntil(() -> document().workbook().activity(used.id()).isEmpty());
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        waitUntil(() -> !document().isDirty());

        assertThat(ui.dialogs.errors).isEmpty();
        Workbook opened = ui.store.load(twente());
        assertThat(opened.activities()).extracting(CoreActivity::id).doesNotContain(used.id())
                .hasSize(before.activities().size() - 1);
        assertThat(opened.personas()).extracting(Persona::id)
                .containsExactlyElementsOf(before.personas().stream().map(Persona::id).toList());
        Persona first = opened.personas().get(0);
        assertThat(first.activityId()).isEmpty();
        assertThat(first.canvas()).isEqualTo(before.personas().get(0).canvas());
        assertThat(opened.personas().get(1)).isEqualTo(before.personas().get(1));
    }
}
