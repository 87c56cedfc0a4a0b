package nl.personacanvas.ui;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.pdf.QuadrantPalette;
import org.junit.jupiter.api.Test;

/** The canvas and the comparison show each quadrant in the posters' colour (one palette, pdf.QuadrantPalette). */
class QuadrantColoursUiTest extends MainWindowUiTest {

    @Test
    void theCanvasAndTheComparisonUseThePostersColours() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        for (Quadrant q : Quadrant.values()) {
            Region quadrant = robot.lookup("#quadrant-" + q.key()).queryAs(Region.class);
            assertThat(background(quadrant)).as(q.key()).isEqualTo(Color.web(QuadrantPalette.fill(q)));
            assertThat(quadrant.getBorder().getStrokes().get(0).getLeftStroke()).as(q.key() + " edge")
                    .isEqualTo(Color.web(QuadrantPalette.accent(q)));
        }

        List<String> ids = document().workbook().personas().stream().map(p -> p.id()).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        // The comparison is computed in the background and then fills the grid.
        waitUntil(() -> root.lookup("#compare-cell-0-design") != null);
        for (Quadrant q : Quadrant.values()) {
            Region band = (Region) root.lookup("#compare-quadrant-" + q.name().toLowerCase());
            assertThat(background(band)).as("compare " + q.key()).isEqualTo(Color.web(QuadrantPalette.fill(q)));
        }
    }

    private static Paint background(Region region) {
        return region.getBackground().getFills().get(region.getBackground().getFills().size() - 1).getFill();
    }
}
