package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (ux27): comparing five personas in a window too narrow for their columns, the rows scroll sideways; the
 * quadrant's band ("Ontwerpen & Ontwikkelen") scrolled with them, its title out of sight at the far right, so nothing
 * said which quadrant the cards in view were. The titles now stay at the rows' visible left edge; the band still
 * spans the view.
 */
class CompareQuadrantTitlesUiTest extends MainWindowUiTest {
    private static final List<String> FIVE = List.of("Laura", "Joost", "Fatima", "Sanne", "Mehmet");
    private static final List<String> QUADRANTS = List.of("design", "deliver", "organise", "attitude");

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void theQuadrantTitlesStayInSightWhileTheRowsScrollSideways() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 5);
        List<String> ids = FIVE.stream().map(this::personaId).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Stage stage = ui.window.comparison().shown();
        Node root = stage.getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-4-design") != null);
        ScrollPane scroll = (ScrollPane) root.lookup("#compare-scroll");
        robot.interact(() -> stage.setWidth(700));
        UiFixture.waitForLayout();

        for (double sideways : new double[] {1, 0.5, 0}) {
            robot.interact(() -> {
                scroll.setHvalue(sideways);
                scroll.setVvalue(0);
            });
            UiFixture.waitForLayout();
            robot.interact(() -> {
                Bounds view = scroll.localToScene(viewport(scroll));
                if (sideways == 1) {
                    assertThat(sceneBounds(root.lookup("#compare-cell-0-design")).getMaxX())
                            .as("the first column scrolled out of view").isLessThan(view.getMinX());
                }
                for (String q : QUADRANTS) {
                    Label title = (Label) root.lookup("#compare-quadrant-" + q);
                    Bounds text = sceneBounds(title.lookup(".text"));
                    assertThat(text.getMinX()).as("%s's title's left at %s", q, sideways)
                            .isGreaterThanOrEqualTo(view.getMinX());
                    assertThat(text.getMaxX()).as("%s's title's right at %s", q, sideways)
                            .isLessThanOrEqualTo(view.getMaxX());
                    Bounds band = sceneBounds(title);
                    assertThat(band.getMinX()).as("%s's band from the view's left", q)
                            .isLessThanOrEqualTo(view.getMinX() + 13);
                    assertThat(band.getMaxX()).as("%s's band to the view's right", q)
                            .isGreaterThanOrEqualTo(Math.min(view.getMaxX(), sceneBounds(root.lookup(
                                    "#compare-cell-4-" + q)).getMaxX()) - 1);
                }
                if (sideways == 0) {
                    assertThat(sceneBounds(root.lookup("#compare-quadrant-design")).getMinX()).as("back over the first column")
                            .isCloseTo(sceneBounds(root.lookup("#compare-cell-0-design")).getMinX(), within(1.0));
                }
            });
        }
    }

    /** The scroll pane's viewport, in the scroll pane's own coordinates. */
    private static Bounds viewport(ScrollPane scroll) {
        Bounds v = scroll.getViewportBounds();
        return new BoundingBox(scroll.snappedLeftInset(), scroll.snappedTopInset(), v.getWidth(), v.getHeight());
    }

    private static Bounds sceneBounds(Node node) {
        assertThat(node).isNotNull();
        return node.localToScene(node.getBoundsInLocal());
    }
}
