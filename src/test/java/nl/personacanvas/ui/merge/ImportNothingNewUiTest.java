package nl.personacanvas.ui.merge;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.junit.jupiter.api.Test;

/**
 * Importing a workbook that holds nothing the open one lacks (ux27b's walk: a colleague's copy with no changes). The
 * summary was headed "Wat het importeren deed (ongedaan maken met Bewerken > Ongedaan maken):" and the status bar said
 * "Geïmporteerd uit …" with the same advice, while there was nothing to undo: the import made no undo step.
 */
class ImportNothingNewUiTest extends MainWindowUiTest {

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void anImportThatChangesNothingSaysSoAndOffersNoUndo() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        Workbook mine = ui.window.viewModel().document().workbook();
        Path same = folder.resolve("kopie-collega.pcanvas");
        ui.store.save(mine, same);
        boolean couldUndo = ui.window.viewModel().document().canUndoProperty().get();

        ui.dialogs.filesToOpen.add(same);
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());

        TextArea summary = robot.lookup("#merge-summary").queryAs(TextArea.class);
        assertThat(summary.getText()).isEqualTo("kopie-collega.pcanvas: niets nieuws, niets veranderd.");
        String header = ((DialogPane) summary.getScene().getRoot()).getHeaderText();
        assertThat(header).isEqualTo("Niets geïmporteerd: alles uit kopie-collega.pcanvas staat al in je werkboek.");
        assertThat(header).doesNotContain("ongedaan");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Niets geïmporteerd uit kopie-collega.pcanvas: alles staat al in je werkboek");
        assertThat(ui.window.viewModel().document().workbook()).isEqualTo(mine);
        assertThat(ui.window.viewModel().document().canUndoProperty().get()).isEqualTo(couldUndo);
        robot.interact(() -> summary.getScene().getWindow().hide());
    }
}
