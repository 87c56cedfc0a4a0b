package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.controlsfx.control.PopOver.ArrowLocation;
import org.junit.jupiter.api.Test;

/** Where the link popover goes, worked out before it shows: beside the button, whole, its arrow at the button. */
class PopOverPlacementTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1600, 1000);
    /** A 760 × 480 window at the screen's top left corner. */
    private static final Rectangle2D WINDOW = new Rectangle2D(0, 0, 760, 480);
    private static final Dimension2D BOX = new Dimension2D(480, 300);
    private static final Insets SHADOW = new Insets(8, 12, 12, 8);
    private static final double ARROW = 12;
    private static final double CORNER = 6;

    private static Bounds button(double x, double y) {
        return new BoundingBox(x, y, 22, 22);
    }

    private static PopOverPlacement place(Bounds button) {
        return PopOverPlacement.of(button, BOX, SHADOW, SCREEN, WINDOW, ARROW, CORNER);
    }

    private static void assertTipAt(PopOverPlacement place, Bounds button) {
        Point2D tip = place.tip(BOX, ARROW, CORNER);
        assertThat(tip.getY()).isCloseTo(button.getMinY() + 11, within(1.0));
        assertThat(tip.getX()).isBetween(button.getMinX(), button.getMaxX());
    }

    @Test
    void leftOfTheButtonAndDownwardsWhereThereIsRoom() {
        Bounds button = button(1000, 100);
        PopOverPlacement place = place(button);
        assertThat(place.arrow()).isEqualTo(ArrowLocation.RIGHT_TOP);
        assertThat(place.indent()).isEqualTo(PopOverPlacement.INDENT);
        assertThat(place.x() + BOX.getWidth()).isLessThan(button.getMinX());
        assertTipAt(place, button);
    }

    /** A note in the canvas's left column of a 760 px window at x = 0: the left side passes the screen's edge. */
    @Test
    void onTheButtonsRightNearTheScreensLeftEdge() {
        Bounds button = button(470, 100);
        PopOverPlacement place = place(button);
        assertThat(place.arrow()).isEqualTo(ArrowLocation.LEFT_TOP);
        assertThat(place.x()).as("right of the button").isGreaterThan(button.getMaxX());
        assertThat(place.x() + BOX.getWidth() + SHADOW.getRight()).isLessThanOrEqualTo(SCREEN.getMaxX());
        assertTipAt(place, button);
    }

    @Test
    void upwardsWhereDownwardsPassesTheWindowsFoot() {
        Bounds button = button(470, 420);
        PopOverPlacement place = place(button);
        assertThat(place.arrow()).isEqualTo(ArrowLocation.LEFT_BOTTOM);
        assertThat(place.y() + BOX.getHeight() + SHADOW.getBottom()).isLessThanOrEqualTo(WINDOW.getMaxY());
        assertTipAt(place, button);
    }

    /** Neither up nor down fits whole: shifted into the window, the arrow indented to the button's height. */
    @Test
    void shiftedIntoTheWindowItsArrowIndentedToTheButton() {
        Bounds button = button(1000, 200);
        PopOverPlacement place = PopOverPlacement.of(button, new Dimension2D(480, 400), SHADOW, SCREEN, WINDOW,
                ARROW, CORNER);
        assertThat(place.y()).isBetween(WINDOW.getMinY() + SHADOW.getTop() - 0.01,
                WINDOW.getMaxY() - SHADOW.getBottom() - 400 + 0.01);
        Point2D tip = place.tip(new Dimension2D(480, 400), ARROW, CORNER);
        assertThat(tip.getY()).isCloseTo(211, within(1.0));
        assertThat(CORNER + place.indent() + ARROW).as("no taller than the box").isLessThanOrEqualTo(200);
    }
}
