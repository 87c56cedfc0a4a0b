package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import nl.personacanvas.ui.DialogService;
import org.junit.jupiter.api.Test;

/**
 * Session 23 (rob23): a save asked for while the window's previous save is still being written (Ctrl+S pressed twice
 * on a slow drive, or Ctrl+S and then closing the window, whose question "Opslaan?" comes while the first save runs:
 * the window counts as unsaved until it has finished). The second save took the file's fingerprint from before the
 * first, so it found the window's own save on disk and said that someone else had changed the file.
 */
class SaveWhileSavingUiTest extends MainWindowWithHeldSavesUiTest {
    @Test
    void aSecondSaveWhileTheFirstIsWrittenIsNoChangeBySomeoneElse() throws Exception {
        typeInLaurasRoleAndSaveHeld();
        robot.write(" en Polen");
        waitUntil(() -> persona("Laura").role().endsWith(" en Polen"));
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        saves.release();
        waitUntil(() -> !document().isDirty() && !ui.window.viewModel().files().busyProperty().get());

        assertThat(ui.dialogs.questions).isEmpty();
        assertThat(ui.dialogs.errors).isEmpty();
        assertThat(ui.store.load(twente()).persona(personaId("Laura")).orElseThrow().role())
                .endsWith(" in Duitsland en Polen");
        assertThat(ui.window.viewModel().status().text()).startsWith("Opgeslagen");
    }

    @Test
    void closingWhileASaveIsWrittenAndSavingAgainAsksNothingAboutSomeoneElse() throws Exception {
        typeInLaurasRoleAndSaveHeld();
        ui.dialogs.saveChoice = DialogService.SaveChoice.SAVE;
        robot.interact(() -> ui.window.exit());
        saves.release();
        waitUntil(() -> !ui.window.viewModel().files().busyProperty().get() && !document().isDirty());

        assertThat(ui.dialogs.questions).allSatisfy(q -> assertThat(q).doesNotContain("gewijzigd"));
        assertThat(ui.dialogs.errors).isEmpty();
        assertThat(ui.store.load(twente()).persona(personaId("Laura")).orElseThrow().role()).endsWith(" in Duitsland");
    }

    /** Adds " in Duitsland" to Laura's role and saves it with Ctrl+S; returns while that save is held, being written. */
    private void typeInLaurasRoleAndSaveHeld() throws InterruptedException {
        waitUntilTwenteIsOpen();
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END).write(" in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith(" in Duitsland"));

        saves.hold();
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        saves.awaitHeldSave();
    }
}
