package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 14's review: with four columns scrolled down to Houding the persona names had scrolled away with the rows,
 * and nothing said whose column was whose. The heads now stay above the rows, over their own columns.
 */
class CompareHeadsUiTest extends MainWindowUiTest {
    private static final List<String> FOUR = List.of("Laura", "Joost", "Fatima", "Sanne");

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    private static Bounds bounds(Node root, String id) {
        Node node = root.lookup("#" + id);
        assertThat(node).as(id).isNotNull();
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void theColumnHeadsStayAboveTheirColumnsWhileTheRowsScroll() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 4);
        List<String> ids = FOUR.stream().map(this::personaId).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Stage stage = ui.window.comparison().shown();
        Node root = stage.getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-persona-3") != null);
        ScrollPane scroll = (ScrollPane) root.lookup("#compare-scroll");

        // Wide: down to Houding.
        robot.interact(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertHeadsOverTheirColumns(root, scroll));

        // Narrow: the four columns no longer fit and scroll sideways, the heads with them.
        robot.interact(() -> stage.setWidth(700));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            scroll.setVvalue(0.8);
            scroll.setHvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(bounds(root, "compare-cell-0-attitude").getMinX()).as("scrolled sideways").isNegative();
            assertHeadsOverTheirColumns(root, scroll);
        });
    }

    /** Every head above the rows' view and at its column's left edge; the names are the columns' personas. */
    private void assertHeadsOverTheirColumns(Node root, ScrollPane scroll) {
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        assertThat(bounds(root, "compare-quadrant-design").getMaxY()).as("Ontwerpen scrolled out of view")
                .isLessThan(view.getMinY());
        for (int c = 0; c < FOUR.size(); c++) {
            Bounds head = bounds(root, "compare-persona-" + c);
            assertThat(((Label) root.lookup("#compare-persona-" + c)).getText()).isEqualTo(FOUR.get(c));
            assertThat(head.getMinY()).as("head " + c + " inside the window").isGreaterThanOrEqualTo(0);
            assertThat(head.getMaxY()).as("head " + c + " above the rows").isLessThanOrEqualTo(view.getMinY());
            assertThat(head.getMinX()).as("head " + c + " over its column")
                    .isCloseTo(bounds(root, "compare-cell-" + c + "-attitude").getMinX(), within(1.0));
        }
    }
}
