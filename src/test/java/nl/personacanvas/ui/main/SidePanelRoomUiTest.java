package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 13: at the window's minimum width the side panel left the canvas a sliver (about 300 px, a sideways
 * scroll bar). The canvas keeps a usable width at every size; the side panel gives way and folds, and comes back.
 */
class SidePanelRoomUiTest extends MainWindowUiTest {

    @Test
    void theCanvasKeepsAUsableWidthAtEverySizeAndThePanelComesBack() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        // Monocle's screen is 1280 × 800; 1600 × 1000 was looked at under Xvfb (docs/editor.md, ui13).
        resize(1280, 800);
        Menus.choose(robot, "menu-view", "menu-view-side-panel");
        assertRoomy(true);

        resize(760, 480);
        assertRoomy(false);
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).as("folded: the menu item says so").isFalse();

        resize(1000, 700);
        assertRoomy(true);
        resize(1280, 800);
        assertRoomy(true);
        // A divider dragged to squeeze the canvas is put back by the next resize.
        robot.interact(() -> split().setDividerPosition(1, 0.3));
        resize(1200, 800);
        assertRoomy(true);
    }

    /** Opened by hand in a narrow window, the window widens for the panel where the screen allows. */
    @Test
    void openingThePanelInANarrowWindowWidensTheWindow() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        resize(760, 480);
        Menus.choose(robot, "menu-view", "menu-view-side-panel");
        UiFixture.waitForLayout();
        UiFixture.waitForLayout();
        UiFixture.waitForLayout();
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isTrue();
        assertRoomy(true);
        // ux26b: under GTK (with openbox and without a window manager) the window kept its 760 px while its content
        // was laid out for the screen's width, the canvas's right edge and the status bar's end cut off.
        robot.interact(() -> {
            javafx.stage.Window window = robot.listWindows().get(0);
            Scene scene = window.getScene();
            assertThat(window.getWidth()).as("the window, widened").isGreaterThan(760);
            assertThat(scene.getWidth()).as("the content, within the window").isLessThanOrEqualTo(window.getWidth());
            Node status = robot.lookup("#status-bar").query();
            assertThat(status.localToScene(status.getLayoutBounds()).getMaxX()).as("the status bar's end")
                    .isLessThanOrEqualTo(scene.getWidth() + 1);
        });
    }

    /**
     * Only the user's own choice is kept. The automatic fold is not written to the settings (they hold no side panel
     * state: the start decides by the screen's width), but a view rebuilt in another language took it for the
     * user's choice: the panel never came back when the window was widened again.
     */
    @Test
    void aFoldForRoomIsNotTakenForTheUsersChoice() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        resize(1280, 800);
        Menus.choose(robot, "menu-view", "menu-view-side-panel");
        resize(760, 480);
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).as("folded for room").isFalse();

        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        resize(1280, 800);
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).as("back in the wide English window").isTrue();
        assertRoomy(true);

        // The user's own choice holds: closed by hand, it stays closed through a narrow and a wide window.
        Menus.choose(robot, "menu-view", "menu-view-side-panel");
        resize(760, 480);
        robot.interact(() -> ui.window.switchLanguage(Locale.forLanguageTag("nl")));
        resize(1280, 800);
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).as("closed by hand").isFalse();
        assertRoomy(false);
    }

    private void resize(double width, double height) {
        robot.interact(() -> WindowSizes.place(robot.listWindows().get(0), 0, 0, width, height));
        UiFixture.waitForLayout();
        UiFixture.waitForLayout();
        UiFixture.waitForLayout();
    }

    private SplitPane split() {
        return robot.lookup("#main-view .split-pane").queryAs(SplitPane.class);
    }

    /**
     * The split's layout and {@link SidePanelRoom}'s share (posted with runLater) may take several pulses under load:
     * in a whole-suite run the panel was found put in but not yet laid out (0 px wide). So the layout is waited for,
     * and the same assertions then say what is wrong if it never comes.
     */
    private void assertRoomy(boolean panel) {
        try {
            waitUntil(() -> {
                try {
                    checkRoomy(panel);
                    return true;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
        } catch (AssertionError timedOut) {
            // Reported by the check below, with what is wrong.
        }
        robot.interact(() -> checkRoomy(panel));
    }

    private void checkRoomy(boolean panel) {
        Scene scene = robot.listWindows().get(0).getScene();
        SplitPane split = split();
        Node centre = split.getItems().get(1);
        assertThat(centre.getLayoutBounds().getWidth()).as("the canvas at %s px", scene.getWidth())
                .isGreaterThanOrEqualTo(SidePanelRoom.CANVAS_MIN - 1);
        assertThat(robot.lookup("#side-slot").tryQuery().isPresent()).as("side panel at %s px", scene.getWidth())
                .isEqualTo(panel);
        if (panel) {
            Node side = robot.lookup("#side-slot").query();
            assertThat(side.getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(SidePanelRoom.SIDE_MIN - 1);
            Bounds b = side.localToScene(side.getLayoutBounds());
            assertThat(b.getMaxX()).isLessThanOrEqualTo(scene.getWidth() + 1);
        }
        for (Label title : robot.lookup(".quadrant-title").queryAllAs(Label.class)) {
            Bounds b = title.localToScene(title.getLayoutBounds());
            assertThat(b.getMaxX()).as("'%s' right edge", title.getText()).isLessThanOrEqualTo(
                    centre.localToScene(centre.getLayoutBounds()).getMaxX() + 1);
        }
    }
}
