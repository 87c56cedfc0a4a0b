package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.ScreenRoom;
import nl.personacanvas.ui.TypedText;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 25: on a 1024 × 600 screen Stickers sorteren… opened 722 px tall, centred at y = -61: its header above the
 * screen, "Toevoegen aan canvas" and "Annuleren" below it. Fitted to such a screen, the proposal's table gives up
 * height and the whole dialog, its buttons included, fits in what {@link ScreenRoom} allows.
 */
class SortDialogRoomUiTest extends MainWindowUiTest {
    private static final Rectangle2D LOW_SCREEN = new Rectangle2D(0, 0, 1024, 600);

    @Test
    void onA600PixelScreenTheDialogWithItsButtonsFitsAndTheTableKeepsRows() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-sort").tryQuery().isPresent());
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#sort-dialog").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();
        double room = ScreenRoom.fit(0, Double.MAX_VALUE, LOW_SCREEN).getHeight();
        robot.interact(() -> assertThat(pane.prefHeight(-1)).as("as made for this 800 px screen").isGreaterThan(room));

        robot.interact(() -> {
            SortStatementsDialog.fitScreen(pane, LOW_SCREEN);
            dialog.sizeToScene();
        });
        UiFixture.waitForLayout();

        robot.interact(() -> {
            assertThat(pane.prefHeight(-1)).as("the dialog fits 92 %% of a 600 px screen").isLessThanOrEqualTo(room);
            assertThat(pane.getHeight()).isLessThanOrEqualTo(room);
            for (String id : new String[] {"#sort-accept", "#sort-input", "#sort-run"}) {
                Node node = pane.lookup(id);
                Bounds b = node.localToScene(node.getLayoutBounds());
                assertThat(b.getMinY()).as(id).isGreaterThanOrEqualTo(0);
                assertThat(b.getMaxY()).as("%s within the dialog", id).isLessThanOrEqualTo(pane.getHeight());
            }
            TableView<?> table = (TableView<?>) pane.lookup("#sort-table");
            assertThat(table.getHeight()).as("the proposal keeps room for rows").isGreaterThan(150);
            // Session 26: the input was squeezed to about one line here; it keeps its five.
            TextArea input = (TextArea) pane.lookup("#sort-input");
            Text line = new Text("Zoekt partnerscholen");
            line.setFont(input.getFont());
            double lines = SortStatementsDialog.INPUT_ROWS * line.getLayoutBounds().getHeight();
            assertThat(input.getHeight()).as("five lines of the input").isGreaterThanOrEqualTo(lines);
            Bounds shown = input.localToScene(input.getLayoutBounds());
            Bounds tableShown = table.localToScene(table.getLayoutBounds());
            assertThat(shown.getMaxY()).as("the input above the table, not under it").isLessThanOrEqualTo(tableShown.getMinY());
        });
        robot.clickOn("#sort-input");
        TypedText.write(robot, "Zoekt partnerscholen in Marokko");
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#sort-accept");
        waitUntil(() -> java.util.Arrays.stream(Quadrant.values()).flatMap(q -> persona("Laura").canvas().entries(q).stream())
                .anyMatch(e -> e.text().equals("Zoekt partnerscholen in Marokko")));
    }
}
