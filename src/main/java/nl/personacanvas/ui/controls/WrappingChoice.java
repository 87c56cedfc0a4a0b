package nl.personacanvas.ui.controls;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/**
 * A combo box for names too long for one line: as wide as its parent gives it, the chosen name wrapping in the
 * closed box, which is as tall as the name needs at that width, and every name wrapping in the open list, so
 * nothing is cut off with "…". The box's skin measures its value on one line whatever its width; this box
 * asks for its height at a width (horizontal content bias), as a wrapping label does, so the window that
 * holds it is sized for the wrapped name from the first frame.
 */
public final class WrappingChoice {
    private WrappingChoice() {
    }

    /** A box showing each item as {@code name} gives it; {@code prefWidth} is its width before its parent's. */
    public static <T> ComboBox<T> create(Function<T, String> name, double prefWidth) {
        ComboBox<T> box = new ComboBox<>() {
            @Override
            public Orientation getContentBias() {
                return Orientation.HORIZONTAL;
            }

            @Override
            protected double computePrefHeight(double width) {
                double oneLine = super.computePrefHeight(width);
                double at = width > 0 ? width : getWidth();
                Node arrow = lookup(".arrow-button");
                if (at <= 0 || arrow == null || getButtonCell() == null) {
                    return oneLine;
                }
                Insets in = getInsets();
                double cell = at - in.getLeft() - in.getRight() - snapSizeX(arrow.prefWidth(-1));
                return Math.max(oneLine, getButtonCell().prefHeight(cell) + in.getTop() + in.getBottom());
            }
        };
        box.setCellFactory(list -> cell(name));
        box.setButtonCell(cell(name));
        // The rest of the form sets the width; a box as wide as its longest name would widen the whole window.
        box.setPrefWidth(prefWidth);
        box.setMaxWidth(Double.MAX_VALUE);
        // Its height depends on its width and its name: a new width or a longer name must reach the parents'
        // cached sizes (a parent asking without a width gets the height at the box's current width).
        box.widthProperty().addListener((obs, old, now) -> box.requestLayout());
        box.valueProperty().addListener((obs, old, now) -> box.requestLayout());
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> name) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
        cell.setWrapText(true);
        // The list's width, not the name's: the open list is as wide as the box and its rows grow downwards.
        cell.setPrefWidth(0);
        cell.setMinWidth(Region.USE_PREF_SIZE);
        return cell;
    }
}
