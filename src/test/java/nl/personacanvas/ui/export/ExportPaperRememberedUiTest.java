package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import nl.personacanvas.ui.PaperChoices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Session 24, a coordinator's day: the posters went out at A3 landscape, and after the next start the export dialog
 * offered A4 portrait again. The paper and footer choices now outlive the window (the settings), not only the dialog.
 */
class ExportPaperRememberedUiTest extends MainWindowUiTest {
    @AfterEach
    void closeDialogs() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void openExportDialog() {
        FxThread.waitFor(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        Menus.choose(robot, "menu-file", "menu-file-export");
        FxThread.waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
    }

    @Test
    void thePaperChosenIsKeptInTheSettingsWhenTheDialogCloses() {
        assertThat(ui.settings.paperChoices()).isEmpty();
        openExportDialog();
        robot.clickOn("#export-size").clickOn("A3 (297 × 420 mm)");
        robot.clickOn("#export-landscape");
        robot.clickOn("#export-check-summary");
        robot.interact(() -> robot.lookup("#export-dialog").query().getScene().getWindow().hide());

        assertThat(ui.settings.paperChoices()).as("what the next start of the app begins with")
                .contains(new PaperChoices(PaperSize.A3, true, false, PaperSize.A4, true, false));
    }

    @Test
    void aNewWindowStartsFromThePaperOfTheLastRun() {
        ui.settings.setPaperChoices(new PaperChoices(PaperSize.A2, true, true, PaperSize.A3, false, true));
        openExportDialog();
        robot.interact(() -> {
            assertThat(robot.lookup("#export-size").queryAs(ComboBox.class).getValue()).isEqualTo(PaperSize.A2);
            assertThat(robot.lookup("#export-landscape").queryAs(RadioButton.class).isSelected()).isTrue();
            assertThat(robot.lookup("#export-tiled").queryAs(CheckBox.class).isSelected()).isTrue();
            assertThat(robot.lookup("#export-tile-sheet").queryAs(ComboBox.class).getValue()).isEqualTo(PaperSize.A3);
            assertThat(robot.lookup("#export-footer").queryAs(CheckBox.class).isSelected()).isFalse();
        });
        robot.interact(() -> robot.lookup("#export-dialog").query().getScene().getWindow().hide());
    }
}
