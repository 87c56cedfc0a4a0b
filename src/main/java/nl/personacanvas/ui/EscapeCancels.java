package nl.personacanvas.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Escape in a dialog presses its cancel button, also while a table has the keyboard. JavaFX's table keeps Escape
 * for itself (to cancel an edit) even when nothing is being edited: after "Voorstel maken" the keyboard is in the
 * sort dialog's table, and Escape left the dialog open. An edit in progress and an open drop-down still take Escape
 * first, as they should.
 */
public final class EscapeCancels {
    private EscapeCancels() {
    }

    /** @param root the dialog's pane, holding both the table and the cancel button */
    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE || !(e.getTarget() instanceof Node target)) {
                return;
            }
            if (target instanceof ComboBoxBase<?> box && box.isShowing()) {
                return;
            }
            TableView<?> table = enclosingTable(target);
            if (table == null || table.getEditingCell() != null) {
                return;
            }
            root.lookupAll(".button").stream()
                    .filter(n -> n instanceof Button b && b.isCancelButton() && !b.isDisabled() && b.isVisible())
                    .findFirst()
                    .ifPresent(button -> {
                        e.consume();
                        ((Button) button).fire();
                    });
        });
    }

    private static TableView<?> enclosingTable(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableView<?> table) {
                return table;
            }
        }
        return null;
    }
}
