package nl.personacanvas.ui.controls;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column title of a table whole: a column is never narrower than its title as the theme draws it.
 * Fixed pixel minimums were not enough: with DejaVu Sans the theme's bold 14 px "Opnemen" needs 75.4 px of text
 * plus 14 px padding and a 1 px border, and the 90 px column showed "Opnem…". The width comes from the drawn
 * label's own measurement, so any font or size the user's desktop resolves fits.
 */
public final class WholeHeaders {

    private WholeHeaders() {
    }

    public static void keep(TableView<?> table) {
        // After each layout pass the headers carry their CSS font; a wider minimum asks for one more pass.
        table.needsLayoutProperty().addListener((o, was, needs) -> {
            if (!needs) {
                fit(table);
            }
        });
    }

    private static void fit(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset());
                if (column.getMaxWidth() < needed) {
                    column.setMaxWidth(needed);
                }
                if (column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                }
            }
        }
    }
}
