package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Window;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 19: a long announcement (an export into a deep folder, a text cut while pasting) wraps inside its
 * notification, which stays within the window and the screen, in both languages. ControlsFX drew it on one line as
 * wide as the text: its start ran off the window's left edge.
 */
class NotificationWrapUiTest extends MainWindowUiTest {
    private static final String FOLDER = "/home/docent/Documenten/Internationalisering/Werkgroep internationalisering"
            + " 2026-2027/Posters voor de teamdag van 12 maart";

    @Test
    void aLongMessageWrapsWithinTheWindowInBothLanguages() {
        Window main = ui.window.view().getScene().getWindow();
        String dutch = "PDF geëxporteerd: 4 bestanden in " + FOLDER;
        announceAndCheck(main, dutch);

        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        UiFixture.waitForLayout();
        announceAndCheck(main, "PDF exported: 4 files in " + FOLDER);
    }

    /**
     * ControlsFX places a notification inside its owner's bounds with JavaFX's keeping of popups on the screen turned
     * off: with the window partly below the screen's bottom edge (moved there, or a screen smaller than it was) the
     * notification ended below the screen, out of sight. Session 20: its bottom stays on the screen.
     */
    @Test
    void aNotificationOfAWindowPartlyBelowTheScreenStaysOnTheScreen() {
        Window main = ui.window.view().getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        robot.interact(() -> main.setY(screen.getMaxY() - main.getHeight() + 200));
        UiFixture.waitForLayout();
        String message = "PDF geëxporteerd: 4 bestanden in " + FOLDER;
        robot.interact(() -> ui.window.viewModel().status().announce(message));
        waitUntil(() -> notificationText(message) != null);
        UiFixture.waitForLayout();
        robot.interact(() -> {
            Text text = notificationText(message);
            Window popup = text.getScene().getWindow();
            assertThat(popup.getY() + popup.getHeight()).as("the notification's bottom on the screen")
                    .isLessThanOrEqualTo(screen.getMaxY());
            assertThat(text.localToScreen(text.getLayoutBounds()).getMaxY()).as("its text's last line on the screen")
                    .isLessThanOrEqualTo(screen.getMaxY());
            popup.hide();
        });
    }

    private void announceAndCheck(Window main, String message) {
        robot.interact(() -> ui.window.viewModel().status().announce(message));
        waitUntil(() -> notificationText(message) != null);
        UiFixture.waitForLayout();
        robot.interact(() -> {
            Text text = notificationText(message);
            Bounds onScreen = text.localToScreen(text.getLayoutBounds());
            Window popup = text.getScene().getWindow();
            Rectangle2D screen = Screen.getScreensForRectangle(main.getX(), main.getY(), main.getWidth(),
                    main.getHeight()).get(0).getVisualBounds();
            assertThat(text.getLayoutBounds().getHeight()).as("wrapped over lines")
                    .isGreaterThan(2.5 * text.getFont().getSize());
            assertThat(onScreen.getMinX()).as("the text's start within the window").isGreaterThanOrEqualTo(main.getX());
            assertThat(onScreen.getMaxX()).isLessThanOrEqualTo(main.getX() + main.getWidth());
            // ControlsFX places the popup at fractional coordinates, so the bound is one pixel across. Downwards it
            // placed the popup by a height measured before the wrapped text's last layout: in CI its bottom ended
            // 0.06 to 3.3 px below an 800 px screen (session 19); since session 20 `Announcements` moves a popup whose
            // bottom is below the screen up onto it, checked below.
            assertThat(popup.getX()).as("the notification within the screen").isGreaterThan(screen.getMinX() - 1);
            assertThat(popup.getX() + popup.getWidth()).isLessThan(screen.getMaxX() + 1);
            assertThat(popup.getY()).as("the notification's top on the screen").isGreaterThanOrEqualTo(screen.getMinY())
                    .isLessThan(screen.getMaxY() - 2.5 * text.getFont().getSize());
            assertThat(popup.getY() + popup.getHeight()).as("the notification's bottom on the screen")
                    .isLessThanOrEqualTo(screen.getMaxY());
            popup.hide();
        });
    }

    /** The text in a notification showing {@code message} whole, or null while there is none. */
    private Text notificationText(String message) {
        for (Window w : robot.listWindows()) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot().lookup(".notification-bar") != null) {
                for (Node n : w.getScene().getRoot().lookupAll(".text")) {
                    if (n instanceof Text t && message.equals(t.getText())) {
                        return t;
                    }
                }
                Node own = w.getScene().getRoot().lookup("#notification-text");
                if (own instanceof Text t && message.equals(t.getText())) {
                    return t;
                }
            }
        }
        return null;
    }
}
