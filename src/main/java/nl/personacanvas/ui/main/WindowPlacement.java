package nl.personacanvas.ui.main;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.personacanvas.ui.ScreenRoom;
import nl.personacanvas.ui.Settings;
import nl.personacanvas.ui.WindowBounds;

/**
 * The main window's size and place: the size it opens at on this screen, its minimum, and the bounds remembered at
 * exit and given back at the next start (unless they lie on a monitor that is gone).
 */
final class WindowPlacement {
    /**
     * The smallest window whose layout still works (measured under Xvfb, side panel closed): the persona list and
     * both quadrant columns whole at 760 px; below about 700 the window's content no longer fitted and was cut off
     * at its left edge. 480 px high keeps a few personas and a few notes in sight.
     */
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 480;

    private final Stage stage;
    private final Settings settings;
    // Never larger than the screen: a window bigger than a small laptop screen hides its own edges.
    private final Rectangle2D screen = Screen.getPrimary().getVisualBounds();

    WindowPlacement(Stage stage, Settings settings) {
        this.stage = stage;
        this.settings = settings;
    }

    double firstWidth() {
        return ScreenRoom.fit(1280, 820, screen).getWidth();
    }

    double firstHeight() {
        return ScreenRoom.fit(1280, 820, screen).getHeight();
    }

    /** The minimum size, then the bounds of the last run where they are still on a screen. */
    void restore() {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        settings.windowBounds().filter(WindowPlacement::onSomeScreen).ifPresent(b -> {
            // Remembered on a larger monitor, or before the screen's resolution went down: no larger than the screen
            // the window is now on, and moved to lie on it whole, or its edges and title bar are out of reach.
            Rectangle2D visual = Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()),
                    Math.max(1, b.height())).get(0).getVisualBounds();
            double width = Math.min(b.width(), visual.getWidth());
            double height = Math.min(b.height(), visual.getHeight());
            stage.setX(Math.max(visual.getMinX(), Math.min(b.x(), visual.getMaxX() - width)));
            stage.setY(Math.max(visual.getMinY(), Math.min(b.y(), visual.getMaxY() - height)));
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setMaximized(b.maximized());
        });
    }

    void remember() {
        settings.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    /** A window remembered on a monitor that is gone would open out of sight. */
    private static boolean onSomeScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height())).isEmpty();
    }
}
