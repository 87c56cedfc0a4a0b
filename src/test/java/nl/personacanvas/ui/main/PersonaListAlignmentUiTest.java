package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * The persona list's rows line up: every persona's name starts at the same x, and the workbook row at the
 * group titles' x. JavaFX's tree cell indents a row without an arrow by the widest arrow measured so far in
 * that tree, so a row laid out before the first arrow was measured sat 3 px left of the others ("Ahmed"
 * beside "Laura").
 */
class PersonaListAlignmentUiTest extends MainWindowUiTest {

    @Test
    void theNamesStartAtOneXBeforeAndAfterTheListIsUsed() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        assertAligned();

        robot.clickOn("Ahmed");
        robot.clickOn("Laura");
        robot.moveTo("Ahmed");
        assertAligned();
    }

    private void assertAligned() {
        robot.interact(() -> {
            Map<String, Double> names = new TreeMap<>();
            Map<String, Double> titles = new TreeMap<>();
            for (Node node : robot.lookup("#persona-tree .persona-name").queryAll()) {
                Label label = (Label) node;
                if (label.isVisible() && label.getScene() != null && !label.getText().isEmpty()) {
                    names.put(label.getText(), textX(label));
                }
            }
            for (Node node : robot.lookup("#persona-tree .tree-cell").queryAll()) {
                TreeCell<?> cell = (TreeCell<?>) node;
                if (cell.isVisible() && cell.getGraphic() == null && cell.getText() != null) {
                    titles.put(cell.getText(), textX(cell.lookup(".text")));
                }
            }
            assertThat(names).containsOnlyKeys("Laura", "Ahmed");
            assertThat(names.get("Ahmed")).as("Ahmed's name beside Laura's").isCloseTo(names.get("Laura"), within(0.5));
            assertThat(titles).hasSize(3);
            double workbook = titles.get("Werkboek");
            assertThat(titles.values()).as("the workbook row and the group titles").allSatisfy(
                    x -> assertThat(x).isCloseTo(workbook, within(0.5)));
            assertThat(names.get("Laura")).as("a persona is indented under its group").isGreaterThan(workbook + 8);
        });
    }

    private static double textX(Node node) {
        Node text = node instanceof Label label ? label.lookup(".text") : node;
        return text.localToScene(text.getLayoutBounds()).getMinX();
    }
}
