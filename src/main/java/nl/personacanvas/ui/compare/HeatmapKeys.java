package nl.personacanvas.ui.compare;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;

/**
 * The heatmap's cells within reach of the keyboard: one Tab stop into the grid and the arrow keys inside it (Home and
 * End to a row's ends), as a grid of a hundred cells or more each taking a Tab stop would be a wall to walk through.
 * Only the cell last visited takes the Tab stop. The focused cell is scrolled into view, and its words, else only in
 * its tooltip and accessible text, are said under the grid; while no cell has the keyboard that line says how to get
 * there, so it holds its height from the start and the chart below never moves down when a cell is first focused.
 */
final class HeatmapKeys {
    private final ScrollPane scroll;
    private final Label says;
    private final String hint;
    private List<List<Label>> rows = List.of();
    private int row;
    private int column;

    /**
     * @param scroll the heatmap's scroll pane, scrolled to the focused cell
     * @param says   the line that says what the focused cell means
     * @param hint   what that line says while no cell has the keyboard
     */
    HeatmapKeys(ScrollPane scroll, Label says, String hint) {
        this.scroll = scroll;
        this.says = says;
        this.hint = hint;
        says.setText(hint);
    }

    /** Whether a cell of the grid has the keyboard: the grid rebuilt after an edit gives it back to the same cell. */
    boolean hasFocus() {
        return rows.stream().flatMap(List::stream).anyMatch(Label::isFocused);
    }

    /** Takes over the cells of a rebuilt heatmap, one list per persona, in the grid's order. */
    void attach(List<List<Label>> cells, boolean refocus) {
        rows = cells.stream().map(List::copyOf).filter(r -> !r.isEmpty()).toList();
        if (rows.isEmpty()) {
            says.setText(hint);
            return;
        }
        row = Math.min(row, rows.size() - 1);
        column = Math.min(column, rows.get(row).size() - 1);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Label cell = rows.get(r).get(c);
                int atRow = r;
                int atColumn = c;
                cell.setFocusTraversable(r == row && c == column);
                cell.focusedProperty().addListener((obs, was, now) -> focused(cell, atRow, atColumn, now));
                cell.addEventHandler(KeyEvent.KEY_PRESSED, this::move);
            }
        }
        if (refocus) {
            rows.get(row).get(column).requestFocus();
        }
    }

    private void focused(Label cell, int atRow, int atColumn, boolean now) {
        if (!now) {
            says.setText(hint);
            return;
        }
        rows.get(row).get(column).setFocusTraversable(false);
        row = atRow;
        column = atColumn;
        cell.setFocusTraversable(true);
        // One line: the chart below does not move by a second one.
        says.setText(cell.getAccessibleText().replace("\n", ": "));
        scrollTo(cell);
    }

    private void move(KeyEvent e) {
        int r = row;
        int c = column;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> c--;
            case RIGHT, KP_RIGHT -> c++;
            case UP, KP_UP -> r--;
            case DOWN, KP_DOWN -> r++;
            case HOME -> c = 0;
            case END -> c = Integer.MAX_VALUE;
            default -> {
                return;
            }
        }
        // At an edge the keyboard stays where it is: the arrow keys would otherwise walk on into the window's buttons.
        e.consume();
        r = Math.max(0, Math.min(r, rows.size() - 1));
        c = Math.max(0, Math.min(c, rows.get(r).size() - 1));
        rows.get(r).get(c).requestFocus();
    }

    /** Scrolls the heatmap just far enough that {@code cell} is whole in view. */
    private void scrollTo(Label cell) {
        if (scroll.getContent() == null || scroll.getViewportBounds() == null) {
            return;
        }
        Bounds content = scroll.getContent().getLayoutBounds();
        Bounds at = scroll.getContent().sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
        Bounds view = scroll.getViewportBounds();
        double hidden = content.getWidth() - view.getWidth();
        if (hidden > 0) {
            double left = -view.getMinX();
            double to = at.getMinX() < left ? at.getMinX() : at.getMaxX() > left + view.getWidth()
                    ? at.getMaxX() - view.getWidth() : left;
            scroll.setHvalue(scroll.getHmin() + (scroll.getHmax() - scroll.getHmin()) * to / hidden);
        }
        double hiddenHeight = content.getHeight() - view.getHeight();
        if (hiddenHeight > 0) {
            double top = -view.getMinY();
            double to = at.getMinY() < top ? at.getMinY() : at.getMaxY() > top + view.getHeight()
                    ? at.getMaxY() - view.getHeight() : top;
            scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * to / hiddenHeight);
        }
    }
}
