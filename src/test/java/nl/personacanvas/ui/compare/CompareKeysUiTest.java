package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.ScreenRoom;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * A team comparing personas with the keyboard alone: the comparison's rows past the first screen (Houding, the key)
 * must be within reach, as no card in them takes the focus.
 */
class CompareKeysUiTest extends MainWindowUiTest {
    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void theRowsAreATabStopAndScrollWithTheKeysDownToTheKey() {
        Node root = open("Laura", "Joost", "Fatima");
        ScrollPane rows = (ScrollPane) root.lookup("#compare-scroll");
        robot.interact(() -> root.lookup("#compare-filter").requestFocus());

        for (int tabs = 0; tabs < 8 && root.getScene().getFocusOwner() != rows; tabs++) {
            robot.push(KeyCode.TAB);
        }
        assertThat(root.getScene().getFocusOwner()).as("Tab from the toolbar reaches the rows").isSameAs(rows);
        assertThat(rows.getAccessibleText()).isEqualTo("Vergelijking, scrollen met de pijltjestoetsen en Page Up/Page Down");

        robot.push(KeyCode.PAGE_DOWN);
        UiFixture.waitForLayout();
        assertThat(rows.getVvalue()).as("Page Down scrolls the rows").isGreaterThan(rows.getVmin());

        robot.push(KeyCode.END);
        UiFixture.waitForLayout();
        Node key = root.lookup("#compare-key-heading");
        Bounds view = rows.localToScene(rows.getLayoutBounds());
        Bounds shown = key.localToScene(key.getLayoutBounds());
        assertThat(shown.getMinY()).as("End brings the key into sight").isBetween(view.getMinY(), view.getMaxY());
    }

    /**
     * Session 19 (a team's review in English): with the rows focused, their glow gave every word of the key a blue halo,
     * as the key lies on no background of its own. Taken from the scene's picture: no bluish pixel in the key's heading.
     */
    @Test
    void theKeyIsDrawnWithoutTheRowsGlowWhileTheRowsHaveTheKeyboard() {
        Node root = open("Laura", "Joost");
        ScrollPane rows = (ScrollPane) root.lookup("#compare-scroll");
        robot.interact(rows::requestFocus);
        robot.push(KeyCode.END);
        UiFixture.waitForLayout();
        int[] bluish = new int[1];
        robot.interact(() -> {
            assertThat(rows.isFocused()).isTrue();
            Node heading = root.lookup("#compare-key-heading");
            Bounds at = heading.localToScene(heading.getLayoutBounds());
            javafx.scene.image.WritableImage picture = root.getScene().snapshot(null);
            javafx.scene.image.PixelReader pixels = picture.getPixelReader();
            for (int x = (int) at.getMinX(); x < (int) Math.min(at.getMaxX(), picture.getWidth()); x++) {
                for (int y = (int) at.getMinY(); y < (int) Math.min(at.getMaxY(), picture.getHeight()); y++) {
                    javafx.scene.paint.Color c = pixels.getColor(x, y);
                    if (c.getBlue() - c.getRed() > 0.15) {
                        bluish[0]++;
                    }
                }
            }
        });
        assertThat(bluish[0]).as("bluish pixels in the key's heading").isZero();
    }

    /**
     * Five personas: the window as wide as their columns where the screen allows, never beyond the screen's visual
     * bounds (it opened at 1200 × 760 on any screen: larger than a 1280 × 720 laptop's, and five columns cut off on a
     * 1600 px one).
     */
    @Test
    void manyPersonasOpenInAWindowThatFitsTheScreen() {
        Node root = open("Laura", "Joost", "Fatima", "Sanne", "Mehmet");
        Stage stage = (Stage) root.getScene().getWindow();
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).as("width").isLessThanOrEqualTo(visual.getWidth() * ScreenRoom.SHARE);
        assertThat(stage.getHeight()).as("height").isLessThanOrEqualTo(visual.getHeight() * ScreenRoom.SHARE);
        assertThat(stage.getX()).isGreaterThanOrEqualTo(visual.getMinX());
        assertThat(stage.getX() + stage.getWidth()).isLessThanOrEqualTo(visual.getMaxX());
        assertThat(stage.getY()).isGreaterThanOrEqualTo(visual.getMinY());
        assertThat(stage.getY() + stage.getHeight()).isLessThanOrEqualTo(visual.getMaxY());
    }

    private Node open(String... names) {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= names.length);
        List<String> ids = java.util.Arrays.stream(names).map(this::personaId).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-0-design") != null);
        return root;
    }
}
