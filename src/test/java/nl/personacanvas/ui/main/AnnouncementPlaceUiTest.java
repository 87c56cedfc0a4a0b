package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 26: session 25's walk saw a strip with the status bar's text ("Geopend: … 5/12 elementen …") floating over
 * the canvas's second quadrant. It was the save's ControlsFX notification, a popup window of its own shown at the
 * screen's corner and then slid into place: on X11 without a compositor the moving window showed the pixels it was
 * first mapped over for a frame or more. Its card also lay over the status bar's right half. The notice is now a part
 * of the main window, over the panels' lower right corner and above the status bar.
 */
class AnnouncementPlaceUiTest extends MainWindowUiTest {
    @Test
    void aSavesNoticeIsInTheWindowAboveTheStatusBarAndGoesAway() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END);
        TypedText.write(robot, " in Duitsland");
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        waitUntil(() -> noticeText() != null && noticeText().getText().equals("Opgeslagen: twente.pcanvas"));

        robot.interact(() -> {
            Text text = noticeText();
            Scene main = ui.window.view().getScene();
            assertThat(text.getScene()).as("drawn in the main window, not a popup window of its own").isSameAs(main);
            assertThat(popupsShowing()).as("no popup window opened for it").isEmpty();
            Node notice = main.getRoot().lookup("#notification");
            Bounds card = notice.localToScene(notice.getLayoutBounds());
            Node bar = main.getRoot().lookup("#status-bar");
            Bounds status = bar.localToScene(bar.getLayoutBounds());
            assertThat(card.getMaxY()).as("above the status bar, whose figures stay in sight")
                    .isLessThanOrEqualTo(status.getMinY());
            assertThat(card.getMinX()).as("within the window").isGreaterThanOrEqualTo(0);
            assertThat(card.getMaxX()).isLessThanOrEqualTo(main.getWidth());
            assertThat(card.getMaxX()).as("in its right corner").isGreaterThan(main.getWidth() - 40);
            Bounds words = text.localToScene(text.getLayoutBounds());
            assertThat(words.getMinX()).as("its text whole in the card").isGreaterThanOrEqualTo(card.getMinX());
            assertThat(words.getMaxX()).isLessThanOrEqualTo(card.getMaxX());
        });

        // The close button takes it away at once.
        robot.clickOn("#notification-close");
        waitUntil(() -> noticeText() == null);

        // Left alone, the next one goes by itself after a few seconds.
        robot.clickOn("#canvas-role").push(KeyCode.END);
        TypedText.write(robot, " en Polen");
        press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        waitUntil(() -> noticeText() != null);
        UiFixture.waitUntil(() -> noticeText() == null);
        assertThat(ui.window.viewModel().status().text()).as("the status line keeps the message")
                .isEqualTo("Opgeslagen: twente.pcanvas");
    }

    private Text noticeText() {
        AtomicReference<Text> shown = new AtomicReference<>();
        robot.interact(() -> {
            if (ui.window.view().getScene().getRoot().lookup("#notification-text") instanceof Text t) {
                shown.set(t);
            }
        });
        return shown.get();
    }

    private static List<Window> popupsShowing() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing()).toList();
    }
}
