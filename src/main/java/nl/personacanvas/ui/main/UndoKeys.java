package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.Shortcuts.REDO;
import static nl.personacanvas.ui.Shortcuts.REDO_ALT;
import static nl.personacanvas.ui.Shortcuts.UNDO;

import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere in the main window undo and redo the document's changes. The text controls
 * have an undo of their own for these keys; the document's undo must win, so the keys are taken before them.
 */
final class UndoKeys {
    private UndoKeys() {
    }

    static void install(Scene scene, WorkbookDocument document) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REDO.match(e) || REDO_ALT.match(e)) {
                document.redo();
                e.consume();
            } else if (UNDO.match(e)) {
                document.undo();
                e.consume();
            }
        });
    }
}
