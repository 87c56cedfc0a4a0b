package nl.personacanvas.ui.merge;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import nl.personacanvas.ui.ScreenRoom;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 18: on a 1280 × 720 laptop the import's dialog (742 px tall, centred on the main window) opened with its
 * top above the screen's, so its title and the sentence saying what to choose were out of sight. It now opens within
 * the room {@link ScreenRoom} gives any window on its screen.
 */
class MergeDialogRoomUiTest extends MainWindowUiTest {

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    private Persona first;

    /** A panel member's copy with the first persona's role changed, chosen in the (scripted) file chooser. */
    private void importChangedRole() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        Workbook mine = ui.window.viewModel().document().workbook();
        first = mine.personas().get(0);
        Workbook theirs = mine.updatePersona(first.id(), p -> p.withRole(p.role() + " en Nederlands"));
        Path theirFile = folder.resolve("bart.pcanvas");
        ui.store.save(theirs, theirFile);
        ui.dialogs.filesToOpen.add(theirFile);
    }

    @Test
    void theImportDialogOpensWithinTheScreenWithItsButtonsInReach() throws Exception {
        importChangedRole();
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        robot.interact(() -> {
            Window dialog = robot.lookup("#merge-content").query().getScene().getWindow();
            Rectangle2D visual = ScreenRoom.visualBoundsOf(ui.window.view().getScene().getWindow());
            assertThat(dialog.getHeight()).as("the dialog's height")
                    .isLessThanOrEqualTo(Math.floor(visual.getHeight() * ScreenRoom.SHARE));
            assertThat(dialog.getY()).as("its top").isGreaterThanOrEqualTo(visual.getMinY());
            assertThat(dialog.getY() + dialog.getHeight()).as("its bottom, with Importeren")
                    .isLessThanOrEqualTo(visual.getMaxY());
            javafx.scene.Node apply = robot.lookup("#merge-apply").query();
            assertThat(apply.localToScreen(apply.getLayoutBounds()).getMaxY()).as("Importeren on the screen")
                    .isLessThanOrEqualTo(visual.getMaxY());
        });
        robot.clickOn("#merge-apply");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        assertThat(ui.window.viewModel().document().workbook().persona(first.id()).orElseThrow().role())
                .contains(first.role());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
    }

    /** Session 18: after OK on the summary the status bar still said "Geopend: …", as if nothing had been imported. */
    @Test
    void afterTheImportTheStatusBarSaysWhereFromAndHowToUndo() throws Exception {
        importChangedRole();
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        robot.clickOn("#merge-apply");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());

        waitUntil(() -> robot.lookup("#status-message").queryAs(Labeled.class).getText().startsWith("Geïmporteerd"));
        assertThat(robot.lookup("#status-message").queryAs(Labeled.class).getText())
                .isEqualTo("Geïmporteerd uit bart.pcanvas (ongedaan maken met Bewerken > Ongedaan maken)");
    }

    /** Session 18: one difference and one addition gave a 742 px dialog, its view 620 px tall and nearly empty. */
    @Test
    void aFewDifferencesGiveADialogAsTallAsItsRows() throws Exception {
        importChangedRole();
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            Region content = robot.lookup("#merge-content").queryAs(Region.class);
            javafx.scene.Node up = content;
            while (!(up instanceof ScrollPane)) {
                up = up.getParent();
            }
            ScrollPane view = (ScrollPane) up;
            Window dialog = content.getScene().getWindow();
            assertThat(content.getHeight()).as("the rows, all in the view")
                    .isLessThanOrEqualTo(view.getViewportBounds().getHeight() + 1);
            assertThat(view.getViewportBounds().getHeight()).as("the view, no taller than its rows and a little")
                    .isLessThanOrEqualTo(content.getHeight() + 8);
            assertThat(dialog.getHeight()).as("the dialog's height").isLessThan(500);
        });
        robot.clickOn("#merge-apply");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
    }
}
