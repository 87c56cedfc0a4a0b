package nl.personacanvas.ui.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The comparison's column heads (persona, activity, file) in a row of their own above the scrolling rows, so that
 * scrolled down to Houding every column still says whose it is. The heads lie in a grid with the rows' column
 * constraints, gaps and side padding, laid out at the rows' width and shifted by the sideways scroll: a column's head
 * stays above its column when the window is resized or the rows are scrolled sideways.
 */
final class ColumnHeads extends Region {
    private final GridPane heads = new GridPane();
    private final GridPane rows;
    private final ScrollPane scroll;

    ColumnHeads(GridPane rows, ScrollPane scroll) {
        this.rows = rows;
        this.scroll = scroll;
        setId("compare-heads");
        getStyleClass().add("compare-heads");
        heads.setHgap(rows.getHgap());
        Insets side = rows.getPadding();
        heads.setPadding(new Insets(8, side.getRight(), 6, side.getLeft()));
        getChildren().add(heads);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        rows.widthProperty().addListener((obs, was, now) -> requestLayout());
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> requestLayout());
        scroll.hvalueProperty().addListener((obs, was, now) -> requestLayout());
    }

    /** Shows these heads, one per column, with the rows' column constraints. */
    void show(List<VBox> columnHeads, List<ColumnConstraints> constraints) {
        heads.getChildren().clear();
        heads.getColumnConstraints().setAll(constraints.stream().map(ColumnHeads::copy).toList());
        for (int c = 0; c < columnHeads.size(); c++) {
            heads.add(columnHeads.get(c), c, 0);
        }
        requestLayout();
    }

    /** The heads grid at the rows' width: the picture of the comparison puts it above the rows. */
    GridPane grid() {
        return heads;
    }

    private static ColumnConstraints copy(ColumnConstraints cc) {
        ColumnConstraints same = new ColumnConstraints(cc.getMinWidth(), cc.getPrefWidth(), cc.getMaxWidth());
        same.setHgrow(cc.getHgrow() == null ? Priority.NEVER : cc.getHgrow());
        return same;
    }

    private double rowsWidth() {
        return rows.getWidth() > 0 ? rows.getWidth() : rows.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return heads.prefHeight(rowsWidth());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        // The rows decide the width; the heads never widen the window.
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double width = rowsWidth();
        heads.resizeRelocate(-SidewaysScroll.offset(scroll), 0, width, heads.prefHeight(width));
    }
}
