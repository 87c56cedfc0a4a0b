package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import nl.personacanvas.ui.ScreenRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 18: after an export the dialog says what it wrote under its options, but the window kept its height, so the
 * options were squeezed to make room: the check-summary option was cut to "Met de controle-samenvatting: dekking
 * per ..." and the persona list shrank under a scroll bar. The window now grows with what it says, within the screen.
 */
class ExportDialogRoomUiTest extends MainWindowUiTest {
    @AfterEach
    void closeDialogs() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void afterAnExportItsOptionsAreStillShownWholeAndTheDialogStaysOnTheScreen() {
        FxThread.waitFor(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        Menus.choose(robot, "menu-file", "menu-file-export");
        FxThread.waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.clickOn("#export-scope-all");
        assertWhole("before exporting");

        Path target = folder.resolve("posters.pdf");
        ui.dialogs.pdfsToSave.add(target);
        robot.clickOn("#export-start");
        FxThread.waitFor(() -> robot.lookup("#export-outcome").queryAs(Label.class).getText().startsWith("2 posters"));
        UiFixture.waitForLayout();

        assertWhole("after exporting");
        robot.interact(() -> {
            Label outcome = robot.lookup("#export-outcome").queryAs(Label.class);
            Text shown = (Text) outcome.lookup(".text");
            assertThat(shown.getText()).as("what the export did, whole").isEqualTo(outcome.getText());
            Window dialog = outcome.getScene().getWindow();
            Rectangle2D visual = ScreenRoom.visualBoundsOf(dialog);
            assertThat(dialog.getY()).as("the dialog's top").isGreaterThanOrEqualTo(visual.getMinY());
            assertThat(dialog.getY() + dialog.getHeight()).as("its bottom").isLessThanOrEqualTo(visual.getMaxY());
        });
    }

    /**
     * Session 25: at 1024 × 600 the dialog opened 690 px tall under GTK (keepInside read the size before the window
     * system had applied it), Exporteren below the screen's edge. Its content now asks for no more than
     * {@link ScreenRoom#SHARE} of the screen, and at the 552 px a 600 px screen leaves it the options scroll while
     * the buttons stay in sight and work.
     */
    @Test
    void onALowScreenTheOptionsScrollAndTheButtonsStayInSight() throws Exception {
        FxThread.waitFor(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        Menus.choose(robot, "menu-file", "menu-file-export");
        FxThread.waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        Stage dialog = (Stage) robot.lookup("#export-dialog").query().getScene().getWindow();
        robot.interact(() -> {
            Rectangle2D visual = ScreenRoom.visualBoundsOf(dialog);
            assertThat(dialog.getScene().getRoot().prefHeight(dialog.getScene().getWidth())).as("what it asks for")
                    .isLessThanOrEqualTo(Math.floor(visual.getHeight() * ScreenRoom.SHARE));
            dialog.setHeight(552);
        });
        UiFixture.waitForLayout();

        robot.interact(() -> {
            Scene scene = dialog.getScene();
            for (String id : new String[] {"#export-start", "#export-close"}) {
                Node button = scene.lookup(id);
                Bounds b = button.localToScene(button.getLayoutBounds());
                assertThat(b.getMaxY()).as("%s in sight in a dialog of 552 px", id).isLessThanOrEqualTo(scene.getHeight());
            }
            ScrollPane options = (ScrollPane) scene.lookup("#export-options-scroll");
            assertThat(options.getContent().getLayoutBounds().getHeight()).as("the options scroll")
                    .isGreaterThan(options.getViewportBounds().getHeight());
        });
        Path target = folder.resolve("laura.pdf");
        ui.dialogs.pdfsToSave.add(target);
        robot.clickOn("#export-start");
        FxThread.waitFor(() -> Files.exists(target));
    }

    private void assertWhole(String when) {
        robot.interact(() -> {
            CheckBox summary = robot.lookup("#export-check-summary").queryAs(CheckBox.class);
            Text shown = (Text) summary.lookup(".text");
            assertThat(shown.getText()).as("the check-summary option " + when).isEqualTo(summary.getText());
            Region boxes = robot.lookup("#export-persona-choices").queryAs(Region.class);
            Parent list = boxes.getParent();
            while (!(list instanceof ScrollPane)) {
                list = list.getParent();
            }
            Node last = boxes.getChildrenUnmodifiable().get(boxes.getChildrenUnmodifiable().size() - 1);
            double bottom = last.localToScene(last.getLayoutBounds()).getMaxY();
            double listBottom = list.localToScene(list.getLayoutBounds()).getMaxY();
            assertThat(bottom).as("the last persona of the list " + when + " in sight").isLessThanOrEqualTo(listBottom);
        });
    }
}
