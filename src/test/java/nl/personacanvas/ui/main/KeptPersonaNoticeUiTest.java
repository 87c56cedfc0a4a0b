package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import nl.personacanvas.ui.TypedText;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A colleague deletes Laura from the shared file while the panel member is still describing her. Saving asks, the
 * user merges both, and Laura is kept: the status line says so once, and a bar under the menu keeps saying so until
 * the user closes it or Laura is gone after all. Its button shows her.
 */
class KeptPersonaNoticeUiTest extends MainWindowUiTest {
    private static final String DUTCH = "Laura is bij het samenvoegen met twente.pcanvas bewaard: de persona was aan de "
            + "ene kant verwijderd en aan de andere kant gewijzigd. Moet de persona toch weg, verwijder die dan zelf.";
    private static final String ENGLISH = "Laura was kept when merging with twente.pcanvas: the persona had been "
            + "deleted on one side and changed on the other. If it should go after all, delete it yourself.";

    /** Laura's role typed in the window, Laura deleted by the colleague on disk, Ctrl+S, "Beide samenvoegen". */
    private void mergeWhileTheyDeletedLaura() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        waitUntil(() -> persona("Laura").role().endsWith("in Duitsland"));
        Workbook theirs = ui.store.load(twente()).removePersona("p-laura");
        ui.store.save(theirs, twente());
        assertThat(bar().isVisible()).as("no notice before the merge").isFalse();

        ui.dialogs.askAboutChangedFileForReal = true;
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        robot.clickOn("Beide samenvoegen");
        waitUntil(() -> !document().isDirty() && !ui.window.viewModel().files().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.store.load(twente()).persona("p-laura").orElseThrow().role()).endsWith("in Duitsland");
    }

    private Node bar() {
        return robot.lookup("#kept-notice").query();
    }

    private String barText() {
        return robot.lookup("#kept-notice-text").queryAs(Label.class).getText();
    }

    private String selectedId() {
        return ui.window.viewModel().personas().selectedPersonaIdProperty().get();
    }

    @Test
    void theBarStaysAfterTheMergeShowsLauraAndGoesWhenSheIsDeleted() throws Exception {
        mergeWhileTheyDeletedLaura();

        waitUntil(() -> bar().isVisible());
        assertThat(barText()).isEqualTo(DUTCH);
        assertThat(robot.lookup("#kept-notice-show").queryButton().getText()).isEqualTo("Tonen");
        // The status line moves on; the bar does not.
        robot.interact(() -> ui.window.viewModel().status().show("Opgeslagen: twente.pcanvas"));
        robot.clickOn("Ahmed");
        waitUntil(() -> "p-ahmed".equals(selectedId()));
        assertThat(bar().isVisible()).isTrue();

        robot.clickOn("#kept-notice-show");
        waitUntil(() -> "p-laura".equals(selectedId()));
        assertThat(ui.window.canvas().nameProperty().get()).isEqualTo("Laura");
        assertThat(ui.personaNamesInList()).contains("Laura");

        robot.clickOn("#persona-delete");
        waitUntil(() -> document().workbook().persona("p-laura").isEmpty());
        assertThat(bar().isVisible()).as("Laura is gone, so is the notice").isFalse();
        assertThat(bar().isManaged()).as("and it takes no room").isFalse();
        assertThat(ui.window.viewModel().keptNotice().personaIds()).isEmpty();

        // Undone, Laura is back, but the user had already dealt with her: the notice does not return.
        WaitForAsyncUtils.asyncFx(() -> document().undo()).get();
        waitUntil(() -> document().workbook().persona("p-laura").isPresent());
        assertThat(bar().isVisible()).isFalse();
    }

    @Test
    void atTenTwentyFourByTheBarIsWholeInEnglishAndClosesLeavingLaura() throws Exception {
        Window window = ui.window.view().getScene().getWindow();
        robot.interact(() -> WindowSizes.place(window, 0, 0, 1024, 600));
        mergeWhileTheyDeletedLaura();
        waitUntil(() -> bar().isVisible());

        Menus.choose(robot, "menu-view", "menu-view-language", "menu-view-language-en");
        waitUntil(() -> ENGLISH.equals(barText()));
        Button show = robot.lookup("#kept-notice-show").queryButton();
        Button close = robot.lookup("#kept-notice-close").queryButton();
        robot.interact(() -> {
            assertThat(show.getText()).isEqualTo("Show");
            assertThat(close.getAccessibleText()).isEqualTo("Close notice");
            double width = window.getScene().getWidth();
            for (Node part : new Node[] {show, close, robot.lookup("#kept-notice-text").query()}) {
                Bounds inScene = part.localToScene(part.getBoundsInLocal());
                assertThat(inScene.getMaxX()).as("%s within the window", part.getId()).isLessThanOrEqualTo(width);
                assertThat(inScene.getMinX()).isGreaterThanOrEqualTo(0);
            }
            // Wrapped, not cut: the text drawn is the whole sentence.
            Text drawn = (Text) robot.lookup("#kept-notice-text").query().lookup(".text");
            assertThat(drawn.getText()).isEqualTo(ENGLISH);
            assertThat(show.getText()).isEqualTo(((Text) show.lookup(".text")).getText());
        });

        robot.clickOn("#kept-notice-close");
        waitUntil(() -> !bar().isVisible());
        assertThat(document().workbook().persona("p-laura")).as("closing the notice deletes nothing").isPresent();
        assertThat(bar().isManaged()).isFalse();
    }
}
