package nl.personacanvas.ui;

import java.util.List;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * How large a window may open: never beyond the visual bounds of the screen it opens on (a small laptop's screen less
 * its task bar), with a margin so that its edges and title bar stay in sight, as the main window does. A window
 * opened at a fixed size (the comparison's 1200 × 760) was larger than a 1280 × 720 laptop screen; under Monocle's
 * headless screen (1280 × 800) a window larger than the screen is what makes its painter overflow.
 */
public final class ScreenRoom {
    /** The part of the screen's visual bounds a window may take at most. */
    public static final double SHARE = 0.92;

    private ScreenRoom() {
    }

    /** The wanted size, made smaller where it does not fit {@code visual} with the margin. */
    public static Dimension2D fit(double width, double height, Rectangle2D visual) {
        return new Dimension2D(Math.min(width, Math.floor(visual.getWidth() * SHARE)),
                Math.min(height, Math.floor(visual.getHeight() * SHARE)));
    }

    /** The visual bounds of the screen {@code owner} lies on (the primary screen without an owner). */
    public static Rectangle2D visualBoundsOf(Window owner) {
        if (owner == null || owner.getWidth() <= 0) {
            return Screen.getPrimary().getVisualBounds();
        }
        List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight());
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    /**
     * Makes a shown window no larger than {@link #fit} allows on its owner's screen, keeping its centre, and moves it
     * wholly onto that screen. A dialog sized by its content and centred on its owner (the import's 742 px) went
     * above the top of a 1280 × 720 laptop screen, its title and first lines out of reach.
     */
    public static void keepInside(Window window, Window owner) {
        Rectangle2D visual = visualBoundsOf(owner);
        Dimension2D room = fit(window.getWidth(), window.getHeight(), visual);
        if (room.getHeight() < window.getHeight()) {
            window.setY(window.getY() + (window.getHeight() - room.getHeight()) / 2);
            window.setHeight(room.getHeight());
        }
        if (room.getWidth() < window.getWidth()) {
            window.setX(window.getX() + (window.getWidth() - room.getWidth()) / 2);
            window.setWidth(room.getWidth());
        }
        window.setX(within(window.getX(), visual.getMinX(), visual.getMaxX() - window.getWidth()));
        window.setY(within(window.getY(), visual.getMinY(), visual.getMaxY() - window.getHeight()));
    }

    private static double within(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    /** {@link #fit} on the screen of {@code owner}. */
    public static Dimension2D fit(double width, double height, Window owner) {
        return fit(width, height, visualBoundsOf(owner));
    }
}
