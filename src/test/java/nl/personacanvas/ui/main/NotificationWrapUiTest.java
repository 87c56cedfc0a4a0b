package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.text.Text;
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
     * With the window partly below the screen's bottom edge (moved there, or a screen smaller than it was) the
     * notification ended below the screen, out of sight. Session 20: its bottom stays on the screen (session 26: the
     * notice in the window is lifted onto it).
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
            assertThat(text.localToScreen(text.getLayoutBounds()).getMaxY()).as("its text's last line on the screen")
                    .isLessThanOrEqualTo(screen.getMaxY());
            assertThat(text.localToScreen(text.getLayoutBounds()).getMinY()).as("its text's first line in the window")
                    .isGreaterThanOrEqualTo(main.getY());
            close(text);
        });
    }

    private void announceAndCheck(Window main, String message) {
        robot.interact(() -> ui.window.viewModel().status().announce(message));
        waitUntil(() -> notificationText(message) != null);
        UiFixture.waitForLayout();
        robot.interact(() -> {
            Text text = notificationText(message);
            Bounds onScreen = text.localToScreen(text.getLayoutBounds());
            Rectangle2D screen = Screen.getScreensForRectangle(main.getX(), main.getY(), main.getWidth(),
                    main.getHeight()).get(0).getVisualBounds();
            assertThat(text.getLayoutBounds().getHeight()).as("wrapped over lines")
                    .isGreaterThan(2.5 * text.getFont().getSize());
            assertThat(onScreen.getMinX()).as("the text's start within the window").isGreaterThanOrEqualTo(main.getX());
            assertThat(onScreen.getMaxX()).isLessThanOrEqualTo(main.getX() + main.getWidth());
            assertThat(onScreen.getMinY()).as("the text's top on the screen").isGreaterThanOrEqualTo(screen.getMinY());
            assertThat(onScreen.getMaxY()).as("the text's last line on the screen").isLessThanOrEqualTo(screen.getMaxY());
            close(text);
        });
    }

    /** Session 26: the notice is a part of the main window; the popup window it was left stale pixels on X11. */
    private Text notificationText(String message) {
        Node own = ui.window.view().getScene().getRoot().lookup("#notification-text");
        return own instanceof Text t && message.equals(t.getText()) && t.isVisible() ? t : null;
    }

    private static void close(Text text) {
        ((javafx.scene.control.Button) text.getParent().lookup("#notification-close")).fire();
    }
}
