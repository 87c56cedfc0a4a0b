package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * ux14: the team coverage's heatmap on screen said covered or missing by colour alone (green against red), lost on a
 * colour-blind coordinator and on a grey print of its PNG; the PDF letters its cells. Now the window's cells and the
 * key carry the same letters.
 */
class CoverageHeatmapUiTest extends MainWindowUiTest {
    private static final Map<String, String> LETTERS = Map.of("coverage-linked", "L", "coverage-matched", "A",
            "coverage-missing", "\u2013", "coverage-not_expected", "\u00b7");

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void everyCellOfTheHeatmapAndOfItsKeySaysItsCoverageInALetter() {
        waitUntil(() -> document().workbook().personas().size() >= 3);
        robot.interact(() -> ui.window.comparison().openCoverage());
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> !root.lookup("#coverage-computing").isVisible()
                && !root.lookup("#coverage-heatmap").lookupAll(".coverage-cell").isEmpty());

        List<Node> cells = List.copyOf(root.lookup("#coverage-heatmap").lookupAll(".coverage-cell"));
        assertThat(cells).hasSizeGreaterThan(20).allSatisfy(cell -> {
            assertThat(cell).isInstanceOf(Labeled.class);
            assertThat(((Labeled) cell).getText()).isEqualTo(letterOf(cell));
            assertThat(cell.getAccessibleText()).contains(" – ");
        });
        assertThat(cells.stream().map(CoverageHeatmapUiTest::letterOf).distinct()).contains("A", "\u2013");

        List<Node> key = root.lookup("#coverage-heatmap-box").lookupAll(".coverage-cell").stream()
                .filter(n -> !cells.contains(n)).toList();
        assertThat(key).hasSize(4).allSatisfy(cell -> assertThat(((Labeled) cell).getText()).isEqualTo(letterOf(cell)));
    }

    private static String letterOf(Node cell) {
        return cell.getStyleClass().stream().filter(LETTERS::containsKey).map(LETTERS::get).findFirst()
                .orElseThrow(() -> new AssertionError("no coverage class on " + cell));
    }
}
