package nl.personacanvas.ui.canvas;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import nl.personacanvas.ui.controls.GrowingTextArea;

/**
 * A sticky note's row: the drag grip on the left, the text over all the width that is left, and the note's
 * buttons and badges in the bottom-right corner, where a text's last line usually leaves room. They sit beside
 * that last line when it ends short of them, and on a line of their own under the text when it does not, so
 * they never narrow the text (long Dutch compounds such as "internationaliseringsbeleid" then fit on a line)
 * and never cover a letter of it. A button marked {@link #OVER_TEXT} (one shown only while the pointer is on the
 * note) gets no room: it shows over the end of the text, on the button's own background, so the notes do not
 * move under the pointer.
 */
final class EntryRow extends Region {
    /** Key in a button's properties: it shows over the text instead of being given room beside it. */
    static final String OVER_TEXT = "entryRowOverText";
    private static final double GAP = 2;
    private final Node grip;
    private final GrowingTextArea text;
    private final Region trailing;

    EntryRow(Node grip, GrowingTextArea text, Region trailing) {
        this.grip = grip;
        this.text = text;
        this.trailing = trailing;
        // Clicks between the buttons reach the text under them.
        trailing.setPickOnBounds(false);
        getStyleClass().add("entry-row");
        getChildren().addAll(grip, text, trailing);
    }

    private double textWidth(double width) {
        Insets in = getInsets();
        double total = width >= 0 ? width : getWidth();
        return Math.max(0, total - in.getLeft() - in.getRight() - grip.prefWidth(-1) - GAP);
    }

    /** Whether the buttons need a line of their own: the text's last line reaches into their corner. */
    private boolean ownLine(double textWidth) {
        double room = roomTaken();
        return room > 0 && text.lastLineEnd(textWidth) + GAP + room > textWidth;
    }

    /** The width, from the right, from the leftmost button that is shown and not over the text. */
    private double roomTaken() {
        double total = trailing.prefWidth(-1);
        double x = trailing.getInsets().getLeft();
        double spacing = trailing instanceof HBox box ? box.getSpacing() : 0;
        for (Node child : trailing.getChildrenUnmodifiable()) {
            if (!child.isManaged()) {
                continue;
            }
            if (child.isVisible() && !child.getProperties().containsKey(OVER_TEXT)) {
                return total - x;
            }
            x += child.prefWidth(-1) + spacing;
        }
        return 0;
    }

    /**
     * Its height follows its width (the text wraps). Without saying so, the quadrant asked for the height at the
     * width the card had before: after the quadrant narrowed (the side panel opened, the window made smaller) the
     * cards kept their one-line height and the wrapped text ran over the next card.
     */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double textWidth = textWidth(width);
        double textHeight = text.prefHeight(textWidth);
        double buttons = trailing.prefHeight(-1);
        double body = ownLine(textWidth) ? textHeight + buttons : Math.max(textHeight, buttons);
        return in.getTop() + Math.max(body, grip.prefHeight(-1)) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + grip.prefWidth(-1) + GAP + text.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + grip.prefWidth(-1) + GAP + trailing.prefWidth(-1) + in.getRight();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double gripWidth = grip.prefWidth(-1);
        grip.resizeRelocate(x, y, gripWidth, grip.prefHeight(gripWidth));
        double textWidth = textWidth(-1);
        double textX = x + gripWidth + GAP;
        double textHeight = text.prefHeight(textWidth);
        double buttonsWidth = trailing.prefWidth(-1);
        double buttonsHeight = trailing.prefHeight(buttonsWidth);
        boolean ownLine = ownLine(textWidth);
        text.resizeRelocate(textX, y, textWidth, ownLine ? textHeight : Math.max(textHeight, buttonsHeight));
        double buttonsY = ownLine ? y + textHeight : y + Math.max(textHeight, buttonsHeight) - buttonsHeight;
        trailing.resizeRelocate(textX + textWidth - buttonsWidth, buttonsY, buttonsWidth, buttonsHeight);
    }
}
