package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.ScreenRoom;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 19 (ux19b): with a fifth persona added from a file the comparison kept its width and scrolled sideways while
 * the screen had room. The window now grows within the screen's room, and five columns stand side by side readable.
 */
class CompareFiveColumnsUiTest extends MainWindowUiTest {
    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void theWindowGrowsWithinTheScreenForAFifthPersonaAndTheColumnsStandSideBySide() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        List<String> ids = ui.window.viewModel().document().workbook().personas().stream().limit(3)
                .map(Persona::id).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Stage stage = ui.window.comparison().shown();
        Node root = stage.getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-2-design") != null);
        // The user's own, narrower window: it is made narrower in place (growing a shown window is the app's to do).
        robot.interact(() -> stage.setWidth(900));
        Path other = ui.copyFixture("twente.pcanvas");

        for (int added = 0; added < 2; added++) {
            ui.dialogs.filesToOpen.add(other);
            robot.clickOn("#compare-add-file");
            waitUntil(() -> robot.lookup("#compare-other-choice-1").tryQuery().isPresent());
            robot.clickOn("#compare-other-choice-" + added);
            robot.clickOn(robot.lookup("#compare-other-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
            int column = 3 + added;
            waitUntil(() -> root.lookup("#compare-cell-" + column + "-design") != null);
        }
        UiFixture.waitForLayout();

        robot.interact(() -> {
            Rectangle2D screen = ScreenRoom.visualBoundsOf(stage.getOwner());
            double room = ScreenRoom.fit(CompareView.widthFor(5), stage.getHeight(), screen).getWidth();
            assertThat(stage.getWidth()).as("the window's width").isGreaterThan(900).isLessThanOrEqualTo(room);
            assertThat(stage.getX()).isGreaterThanOrEqualTo(screen.getMinX());
            assertThat(stage.getX() + stage.getWidth()).as("the window's right edge").isLessThanOrEqualTo(screen.getMaxX());
            ScrollPane rows = (ScrollPane) root.lookup("#compare-scroll");
            assertThat(((Region) rows.getContent()).getWidth()).as("the rows' width, no sideways scroll")
                    .isLessThanOrEqualTo(rows.getViewportBounds().getWidth() + 0.5);
            for (int c = 0; c < 5; c++) {
                Region cell = (Region) root.lookup("#compare-cell-" + c + "-design");
                assertThat(cell.getWidth()).as("column " + c).isGreaterThanOrEqualTo(CompareView.READABLE_COLUMN_WIDTH);
                Label head = (Label) root.lookup("#compare-persona-" + c);
                Bounds b = head.localToScreen(head.getLayoutBounds());
                assertThat(b.getMaxX()).as("head " + c).isLessThanOrEqualTo(stage.getX() + stage.getWidth());
            }
        });
    }
}
