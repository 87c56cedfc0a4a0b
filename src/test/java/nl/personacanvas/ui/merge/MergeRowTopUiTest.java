package nl.personacanvas.ui.merge;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * ux26b: a conflict copy whose work definition runs to paragraphs made its row taller than the dialog's view at
 * 1024 × 600; the row's shorter cells were centred in it, so "Werkdefinitie" stood far below its Mijn versie / Hun
 * versie / Beide, out of sight, and the shorter side's text began lower than the other's.
 */
class MergeRowTopUiTest extends MainWindowUiTest {

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void aTallDefinitionRowKeepsItsNameAndBothSidesBesideItsChoices() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        Workbook mine = ui.window.viewModel().document().workbook();
        String paragraph = "Studenten leren samenwerken met mensen uit andere landen en culturen, in de les en op"
                + " stage, en kijken daarbij ook naar hun eigen achtergrond.";
        Workbook theirs = mine.withDefinition(String.join("\n\n", paragraph, paragraph, paragraph, paragraph));
        Path theirFile = folder.resolve("conflictkopie.pcanvas");
        ui.store.save(theirs, theirFile);
        ui.dialogs.filesToOpen.add(theirFile);

        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            Labeled name = robot.lookup("#merge-content .label").queryAllAs(Labeled.class).stream()
                    .filter(l -> l.getText().equals("Werkdefinitie")).findFirst().orElseThrow();
            GridPane grid = (GridPane) name.getParent();
            int row = GridPane.getRowIndex(name);
            List<Node> cells = grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == row).toList();
            Node choices = cells.stream().filter(n -> GridPane.getColumnIndex(n) == 3).findFirst().orElseThrow();
            Node mineText = cells.stream().filter(n -> GridPane.getColumnIndex(n) == 1).findFirst().orElseThrow();
            Node theirText = cells.stream().filter(n -> GridPane.getColumnIndex(n) == 2).findFirst().orElseThrow();
            assertThat(((Labeled) theirText).getText()).startsWith("Studenten leren samenwerken");
            ToggleButton keepMine = (ToggleButton) ((javafx.scene.Parent) choices).getChildrenUnmodifiable().get(0);
            assertThat(keepMine.getText()).isEqualTo("Mijn versie");

            Bounds row0 = theirText.getBoundsInParent();
            assertThat(row0.getHeight()).as("their definition, many lines").isGreaterThan(200);
            double top = choices.getBoundsInParent().getMinY();
            assertThat(name.getBoundsInParent().getMinY()).as("Werkdefinitie beside its choices")
                    .isCloseTo(top, org.assertj.core.data.Offset.offset(2.0));
            assertThat(mineText.getBoundsInParent().getMinY()).as("my definition's first line")
                    .isCloseTo(top, org.assertj.core.data.Offset.offset(2.0));
            assertThat(theirText.getBoundsInParent().getMinY()).as("theirs, on the same line as mine")
                    .isCloseTo(top, org.assertj.core.data.Offset.offset(2.0));
        });
        robot.interact(() -> robot.lookup("#merge-content").query().getScene().getWindow().hide());
    }
}
