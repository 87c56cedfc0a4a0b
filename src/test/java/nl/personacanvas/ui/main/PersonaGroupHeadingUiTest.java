package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 12: the persona list's group headings ("A4 · Internationale en interculturele dimensies integreren en
 * studenten begeleiden in stagetrajecten (al dan niet in het buitenland) (2)") were cut after three lines, their
 * count lost, until the list had a scroll bar; with one the text ran past the list's right edge. The row's height
 * was measured for the full row width, the text laid out beside the arrow.
 */
class PersonaGroupHeadingUiTest extends MainWindowUiTest {
    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void groupHeadingsShowWholeWithTheirCount() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        assertHeadingsWhole();

        // Narrower: more lines per heading, and once the rows no longer fit, a scroll bar.
        robot.interact(() -> robot.lookup("#persona-tree").query().getScene().getWindow().setWidth(1000));
        robot.interact(() -> { });
        assertHeadingsWhole();
    }

    private void assertHeadingsWhole() {
        robot.interact(() -> {
            Node tree = robot.lookup("#persona-tree").query();
            Bounds view = tree.lookup(".clipped-container").localToScene(
                    tree.lookup(".clipped-container").getLayoutBounds());
            List<String> seen = new ArrayList<>();
            for (Node node : robot.lookup("#persona-tree .tree-cell").queryAll()) {
                TreeCell<?> cell = (TreeCell<?>) node;
                if (!cell.isVisible() || cell.getGraphic() != null || cell.getText() == null
                        || !cell.getText().matches("(?s).*\\(\\d+\\)")) {
                    continue;
                }
                Text drawn = (Text) cell.lookup(".text");
                Bounds text = drawn.localToScene(drawn.getLayoutBounds());
                Bounds row = cell.localToScene(cell.getLayoutBounds());
                if (row.getMinY() >= view.getMaxY()) {
                    continue;
                }
                seen.add(cell.getText());
                assertThat(drawn.getText().replaceAll("\\s+", " ")).as("drawn heading")
                        .isEqualTo(cell.getText().replaceAll("\\s+", " "));
                assertThat(text.getMaxY()).as("%s: bottom inside its row", cell.getText())
                        .isLessThanOrEqualTo(row.getMaxY() + 0.5);
                assertThat(text.getMaxX()).as("%s: right edge inside the list", cell.getText())
                        .isLessThanOrEqualTo(view.getMaxX() + 0.5);
            }
            assertThat(seen).anyMatch(t -> t.startsWith("A4 ·") && t.endsWith("(2)"));
        });
    }
}
