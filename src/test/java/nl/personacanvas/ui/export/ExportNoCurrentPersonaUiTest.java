package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Session 22 (ux22b): on the workbook page the export dialog offered "Huidige persona (geen gekozen)" as if it were a
 * choice; chosen (or remembered from the last dialog), it exported nothing and held up Exporteren with "Kies eerst een
 * persona in de lijst". With no persona open the option is off and says why, and a remembered choice of it gives way
 * to every persona.
 */
class ExportNoCurrentPersonaUiTest extends MainWindowUiTest {
    @AfterEach
    void closeDialogs() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private RadioButton current() {
        return robot.lookup("#export-scope-current").queryAs(RadioButton.class);
    }

    @Test
    void withNoPersonaOpenTheCurrentPersonaCannotBeChosenAndEveryPersonaIsExported() throws IOException {
        FxThread.waitFor(() -> ui.personaNamesInList().size() == 2);
        // The user's own choice of the current persona, with Laura open: remembered for the next dialog.
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        Menus.choose(robot, "menu-file", "menu-file-export");
        FxThread.waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.clickOn("#export-scope-all").clickOn("#export-scope-current");
        assertThat(current().isSelected()).isTrue();
        robot.clickOn("#export-close");
        FxThread.waitFor(() -> robot.lookup("#export-dialog").tryQuery().isEmpty());

        Menus.choose(robot, "menu-view", "menu-view-workbook");
        FxThread.waitFor(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().get() == null);
        Menus.choose(robot, "menu-file", "menu-file-export");
        FxThread.waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        assertThat(current().isDisabled()).as("the current persona with none open").isTrue();
        assertThat(current().getText()).isEqualTo("Huidige persona: geen geopend (kies er een in de lijst)");
        assertThat(robot.lookup("#export-scope-all").queryAs(RadioButton.class).isSelected())
                .as("every persona instead of the remembered current one").isTrue();
        robot.clickOn("#export-scope-current");
        assertThat(current().isSelected()).as("a click on the greyed option").isFalse();
        assertThat(robot.lookup("#export-start").query().isDisabled()).isFalse();

        Path target = folder.resolve("all.pdf");
        ui.dialogs.pdfsToSave.add(target);
        robot.clickOn("#export-start");
        FxThread.waitFor(() -> robot.lookup("#export-outcome").queryAs(Label.class).getText().startsWith("2 posters"));
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Laura begeleidt").contains("Ahmed");
        }
    }
}
