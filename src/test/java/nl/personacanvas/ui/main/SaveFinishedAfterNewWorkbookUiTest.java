package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (ux27): Ctrl+S on a slow drive and, while it is written, Ctrl+N answered "Niet opslaan" (the window counts
 * as unsaved until the save has finished, so it asks). The save finished over the new workbook: it took the old file
 * for the new, empty workbook (a later Ctrl+S wrote the empty workbook over twente.pcanvas without asking), and the
 * status bar said "Opgeslagen: twente.pcanvas" beside it, the state README's editor-new.png showed beside
 * "Nog niet opgeslagen als bestand".
 */
class SaveFinishedAfterNewWorkbookUiTest extends MainWindowWithHeldSavesUiTest {
    @Test
    void aSaveThatFinishesAfterANewWorkbookLeavesTheNewWorkbookAlone() throws Exception {
        waitUntilTwenteIsOpen();
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END).write(" in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith(" in Duitsland"));
        String laura = personaId("Laura");
        saves.hold();
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        saves.awaitHeldSave();

        ui.dialogs.saveChoice = DialogService.SaveChoice.DISCARD;
        press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitUntil(() -> ui.personaNamesInList().isEmpty());
        saves.release();
        waitUntil(() -> !ui.window.viewModel().files().busyProperty().get());
        UiFixture.waitForLayout();

        assertThat(ui.store.load(twente()).persona(laura).orElseThrow().role())
                .as("the save that was under way is on disk").endsWith(" in Duitsland");
        assertThat(document().workbook()).isEqualTo(Workbook.empty());
        assertThat(document().file()).as("the new workbook's file").isNull();
        assertThat(document().isDirty()).isFalse();
        assertThat(text("#status-file")).isEqualTo("Nog niet opgeslagen als bestand");
        // One saved state without a file (ux27b): no "Geen openstaande wijzigingen" beside it; its tooltip names no
        // changes either.
        assertThat(robot.lookup("#status-saved").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#status-file").queryAs(Label.class).getAccessibleText())
                .isEqualTo("Bestand: Nog niet opgeslagen als bestand");
        assertThat(text("#status-message")).as("the message beside a workbook without a file")
                .isEqualTo("Nieuw werkboek");

        // Saving the new workbook asks where; twente.pcanvas keeps Laura.
        robot.write("ROC Oost");
        waitUntil(() -> document().workbook().school().equals("ROC Oost"));
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        waitUntil(() -> ui.dialogs.suggestedWorkbookNames.size() == 1);
        assertThat(ui.store.load(twente()).persona(laura)).isPresent();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
