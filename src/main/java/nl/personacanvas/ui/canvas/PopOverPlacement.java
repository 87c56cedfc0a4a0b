package nl.personacanvas.ui.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.controlsfx.control.PopOver.ArrowLocation;

/**
 * Where a popover beside a button lies and where its arrow sits, in screen coordinates, worked out from the popover's
 * size alone so that it can be done before the popover is shown: ControlsFX places a showing popover anew whenever
 * its arrow changes, and an arrow chosen after the first show made the popover jump a frame after it appeared.
 *
 * <p>Left of the button, its arrow pointing right; right of it where the left side passes the screen's edge (a note
 * near the screen's left edge, where the screen's edge used to hold the popover over the note). Downwards from the
 * button, upwards where that passes the foot of {@code room}, else shifted into the room, its top kept when it is
 * taller. The arrow at the nearer end, indented to point at the button's middle.
 *
 * @param arrow  the arrow's place on the outline
 * @param indent ControlsFX's arrow indent, whole pixels: never more than fits half the popover, which ControlsFX would
 *               otherwise make taller (its minimum height is 2 × (corner + indent + arrow))
 * @param x      the outline's left edge (the rounded box without arrow and shadow)
 * @param y      the outline's top edge
 */
record PopOverPlacement(ArrowLocation arrow, double indent, double x, double y) {
    /** How far ControlsFX lets the arrow's point reach into the button it points at. */
    static final double OVERLAP = 4;
    /** ControlsFX's own distance between the arrow and the corner, used where nothing needs moving. */
    static final double INDENT = 12;

    /**
     * @param button  the button on screen
     * @param outline the popover's box without arrow and shadow
     * @param shadow  how far the popover's window reaches beyond the box (its drop shadow)
     * @param screen  the screen's visual bounds: the popover may reach past the window's sides
     * @param room    the height it should stay within: the window's, or the screen's when it is taller
     */
    static PopOverPlacement of(Bounds button, Dimension2D outline, Insets shadow, Rectangle2D screen, Rectangle2D room,
                               double arrowSize, double corner) {
        double w = outline.getWidth();
        double h = outline.getHeight();
        double leftTip = button.getMinX() + OVERLAP;
        double rightTip = button.getMaxX() - OVERLAP;
        boolean fitsLeft = leftTip - arrowSize - w - shadow.getLeft() >= screen.getMinX();
        boolean fitsRight = rightTip + arrowSize + w + shadow.getRight() <= screen.getMaxX();
        boolean left = fitsLeft || !fitsRight && leftTip - screen.getMinX() >= screen.getMaxX() - rightTip;
        double x = left ? leftTip - arrowSize - w : rightTip + arrowSize;

        double target = button.getMinY() + button.getHeight() / 2;
        double reach = corner + INDENT + arrowSize;
        double top = room.getMinY() + shadow.getTop();
        double bottom = room.getMaxY() - shadow.getBottom();
        double y = target - reach;
        if (y + h > bottom) {
            y = target + reach - h;
        }
        y = Math.max(top, Math.min(y, bottom - h));
        double tip = target - y;
        boolean upper = tip <= h / 2;
        double indent = Math.max(0, Math.floor((upper ? tip : h - tip) - corner - arrowSize));
        ArrowLocation arrow = left ? (upper ? ArrowLocation.RIGHT_TOP : ArrowLocation.RIGHT_BOTTOM)
                : (upper ? ArrowLocation.LEFT_TOP : ArrowLocation.LEFT_BOTTOM);
        return new PopOverPlacement(arrow, indent, x, y);
    }

    /** Whether the popover lies left of the button (its arrow on its right side). */
    boolean leftOfButton() {
        return arrow == ArrowLocation.RIGHT_TOP || arrow == ArrowLocation.RIGHT_BOTTOM;
    }

    /** The arrow's point on screen, for a box of this size: where ControlsFX is asked to aim. */
    Point2D tip(Dimension2D outline, double arrowSize, double corner) {
        double fromEnd = corner + indent + arrowSize;
        boolean upper = arrow == ArrowLocation.RIGHT_TOP || arrow == ArrowLocation.LEFT_TOP;
        return new Point2D(leftOfButton() ? x + outline.getWidth() + arrowSize : x - arrowSize,
                upper ? y + fromEnd : y + outline.getHeight() - fromEnd);
    }
}
