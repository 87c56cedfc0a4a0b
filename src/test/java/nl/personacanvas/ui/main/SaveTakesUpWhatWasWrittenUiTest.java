package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.scrollDownTo;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/**
 * Session 21 (rob21): a save mends the workbook before writing it (a persona whose core activity was removed is
 * written without one, {@code io.SaveRules}); the window now takes up what the file holds, keeping what was typed
 * while the save ran, the selection and the undo history's steps. It used to keep its own unmended workbook, so the
 * window and the file differed until the file was opened again.
 */
class SaveTakesUpWhatWasWrittenUiTest extends MainWindowWithHeldSavesUiTest {
    @Test
    void theWindowTakesUpTheMendedWorkbookAndKeepsWhatWasTypedDuringTheSave() throws Exception {
        waitUntilTwenteIsOpen();
        String laura = personaId("Laura");
        Button remove = robot.lookup("#workbook-activity-remove-k-stage").queryAs(Button.class);
        scrollDownTo(robot, remove);
        robot.clickOn(remove);
        waitUntil(() -> document().workbook().activity("k-stage").isEmpty());
        assertThat(persona("Laura").activityId()).isEqualTo("k-stage"); // kept, so undo gives it back

        saves.hold();
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        saves.awaitHeldSave();
        // While the file is being written: Laura chosen in the list, her role typed on.
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END).write(" in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith(" in Duitsland"));
        saves.release();
        waitUntil(() -> !ui.window.viewModel().files().busyProperty().get()
                && ui.window.viewModel().status().text().startsWith("Opgeslagen"));

        Workbook file = ui.store.load(twente());
        assertThat(file.persona(laura).orElseThrow().activityId()).isEmpty();
        assertThat(file.persona(laura).orElseThrow().role()).doesNotEndWith(" in Duitsland");
        // The window shows what the file holds, with the role typed meanwhile still there and unsaved.
        assertThat(persona("Laura").activityId()).isEmpty();
        assertThat(persona("Laura").role()).endsWith(" in Duitsland");
        assertThat(document().isDirty()).isTrue();
        assertThat(document().workbook().withPersonas(file.personas()).equals(file)).isTrue();
        assertThat(ui.window.viewModel().personas().selectedPersonaIdProperty().get()).isEqualTo(laura);
        assertThat(robot.lookup("#canvas-role").queryAs(TextInputControl.class).getText()).endsWith(" in Duitsland");
        assertThat(ui.window.viewModel().status().text()).isEqualTo(
                "Opgeslagen: twente.pcanvas. 1 persona (Laura) staat nu onder Zonder kernactiviteit, omdat de"
                        + " kernactiviteit is verwijderd; kies een andere in het canvas.");

        // Undo takes the typing back: the window holds what the file holds, and is saved.
        press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        waitUntil(() -> !persona("Laura").role().endsWith(" in Duitsland"));
        assertThat(document().workbook()).isEqualTo(file);
        assertThat(document().isDirty()).isFalse();
        // Undo once more still gives the removed activity back to Laura.
        press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        waitUntil(() -> document().workbook().activity("k-stage").isPresent());
        assertThat(persona("Laura").activityId()).isEqualTo("k-stage");
        // Redo removes it again, and says who moved (it used to be silent).
        press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitUntil(() -> document().workbook().activity("k-stage").isEmpty());
        assertThat(document().workbook()).isEqualTo(file);
        assertThat(document().isDirty()).isFalse();
        assertThat(ui.window.viewModel().status().text())
                .isEqualTo("1 persona (Laura) staat nu onder Zonder kernactiviteit \u2014 Ongedaan maken: Ctrl+Z");
    }
}
