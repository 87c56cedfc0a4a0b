package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.WindowBounds;
import org.junit.jupiter.api.Test;

/** The main window at start, with bounds remembered on a larger monitor than the one it opens on now. */
class WindowPlacementUiTest extends MainWindowUiTest {

    @Test
    void boundsRememberedOnALargerScreenAreBroughtWithinThisOne() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        ui.settings.setWindowBounds(new WindowBounds(200, 100, 1600, 1000, false));
        robot.interact(() -> ui.window.view().getScene().getWindow().hide());

        robot.interact(() -> ui.start(new Stage(), List.of()));

        waitUntil(() -> ui.window.view().getScene().getWindow().isShowing());
        Stage stage = (Stage) ui.window.view().getScene().getWindow();
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).as("width").isLessThanOrEqualTo(visual.getWidth());
        assertThat(stage.getHeight()).as("height").isLessThanOrEqualTo(visual.getHeight());
        assertThat(stage.getX()).as("left edge").isGreaterThanOrEqualTo(visual.getMinX());
        assertThat(stage.getX() + stage.getWidth()).as("right edge").isLessThanOrEqualTo(visual.getMaxX());
        assertThat(stage.getY()).as("top edge").isGreaterThanOrEqualTo(visual.getMinY());
        assertThat(stage.getY() + stage.getHeight()).as("bottom edge").isLessThanOrEqualTo(visual.getMaxY());
    }
}
