package nl.personacanvas.ui.main;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Shares the main window's width between the persona list, the canvas and the side panel, so that the canvas keeps
 * a width it can be used at ({@link #CANVAS_MIN}: the persona list and both quadrant columns whole, measured under
 * Xvfb in session 12). The side panel keeps its width while the window is resized, gives up width down to
 * {@link #SIDE_MIN} when the canvas needs it, and folds away (Beeld > Zijpaneel unticked) when the window becomes
 * too narrow for all three; it comes back when the window is wide enough again. Opened by hand in a narrow
 * window, the window widens for it as far as the screen allows.
 */
final class SidePanelRoom {
    static final double CANVAS_MIN = 520;
    static final double SIDE_MIN = 220;
    private static final double DIVIDERS = 16;

    private final SplitPane split;
    private final Node left;
    private final Node side;
    private final SidePanelFold fold;

    SidePanelRoom(SplitPane split, Node left, Node side, SidePanelFold fold) {
        this.split = split;
        this.left = left;
        this.side = side;
        this.fold = fold;
        SplitPane.setResizableWithParent(side, false);
        split.widthProperty().addListener((obs, was, now) -> resized(was.doubleValue(), now.doubleValue()));
    }

    /** The split's width below which the three do not fit side by side. */
    double room() {
        return left.minWidth(-1) + CANVAS_MIN + SIDE_MIN + DIVIDERS;
    }

    /** Called after the panel was put in or taken out; {@code byHand} when the menu did it. */
    void placed(boolean byHand) {
        if (fold.folding()) {
            return;
        }
        if (byHand && fold.shown() && split.getWidth() > 0 && split.getWidth() < room()) {
            widenWindow(room() - split.getWidth());
        }
        Platform.runLater(this::share);
    }

    private void resized(double was, double now) {
        // Also at the first layout (from 0): a window restored narrow with the panel on.
        if (fold.shown() && now < room() && (was >= room() || was == 0)) {
            fold.forRoom(true);
        } else if (fold.foldedForRoom() && now >= room()) {
            fold.forRoom(false);
        }
        // After the split pane's own layout for the new width, which places the dividers by its own rule.
        Platform.runLater(this::share);
    }

    /**
     * Gives the canvas its minimum, taken from the side panel down to its own minimum, then from the persona list down
     * to its own (the list keeps the width it had in a wide window, the canvas gave way before).
     */
    private void share() {
        double width = split.getWidth();
        if (width <= 0 || split.getDividers().isEmpty()) {
            return;
        }
        boolean withSide = split.getItems().contains(side) && split.getDividers().size() > 1;
        double leftEdge = split.getDividerPositions()[0] * width;
        double rightEdge = withSide ? split.getDividerPositions()[1] * width : width;
        double sideEdge = withSide ? Math.min(Math.max(rightEdge, leftEdge + CANVAS_MIN + DIVIDERS / 2),
                width - SIDE_MIN) : width;
        double listEdge = Math.max(Math.min(leftEdge, sideEdge - CANVAS_MIN - DIVIDERS / 2), left.minWidth(-1));
        if (Math.abs(listEdge - leftEdge) > 0.5) {
            split.setDividerPosition(0, listEdge / width);
        }
        if (withSide && Math.abs(sideEdge - rightEdge) > 0.5) {
            split.setDividerPosition(1, sideEdge / width);
        }
    }

    private void widenWindow(double by) {
        Window window = split.getScene() == null ? null : split.getScene().getWindow();
        if (window == null) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(window.getWidth() + by, screen.getWidth());
        window.setWidth(width);
        // The height too, in the same pulse: given the width alone, GTK refused the resize ("gtk_window_resize:
        // assertion 'height > 0' failed"; with and without a window manager, ux26b) while the scene was laid out for
        // the wider window, cutting off the canvas's right edge and the status bar's end (as ColumnRoom found).
        window.setHeight(window.getHeight());
        if (window.getX() + width > screen.getMaxX()) {
            window.setX(Math.max(screen.getMinX(), screen.getMaxX() - width));
        }
    }
}
