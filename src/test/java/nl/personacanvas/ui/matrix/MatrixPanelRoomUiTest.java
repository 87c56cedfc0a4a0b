package nl.personacanvas.ui.matrix;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;

/**
 * Session 28's walk: in a 1024 px window the matrix panel's texts all ran past its right edge. Its element links lay in
 * a flow, whose least width is its widest link's ("Behoefte lokale en internationale arbeidsmarkt"); they now stand
 * one under another and wrap, and every text of the panel ends inside it.
 */
class MatrixPanelRoomUiTest extends MainWindowUiTest {
    @Test
    void everyTextOfTheMatrixPanelEndsInsideItInA1024PxWindow() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> WindowSizes.place(robot.listWindows().get(0), 0, 0, 1024, 740));
        robot.clickOn("Laura");
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#side-tabs").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#side-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#matrix-reference .element-chip").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            ScrollPane panel = robot.lookup("#matrix-reference").queryAs(ScrollPane.class);
            Bounds view = panel.localToScene(panel.getViewportBounds());
            assertThat(view.getWidth()).as("a narrow panel, as in the walk").isLessThan(300);
            List<Node> texts = new ArrayList<>(panel.lookupAll(".label"));
            texts.addAll(panel.lookupAll(".hyperlink"));
            assertThat(texts).as("the panel's texts").hasSizeGreaterThan(10);
            for (Node text : texts) {
                if (text instanceof Labeled labeled && !labeled.getText().isEmpty() && labeled.isVisible()) {
                    double right = text.localToScene(text.getLayoutBounds()).getMaxX();
                    assertThat(right).as("right edge of \"%s\"", labeled.getText())
                            .isLessThanOrEqualTo(panel.localToScene(panel.getLayoutBounds()).getMaxX());
                }
            }
        });
    }
}
