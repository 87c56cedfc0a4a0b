package nl.personacanvas.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys the app's texts name (a tooltip, the message after removing an activity), as key combinations, and how
 * the system writes them. A text said "Ctrl+Z" on every system, so a Mac user read Ctrl where the key is ⌘: the
 * bundles now take the key as a parameter, written by JavaFX for the platform it runs on ("Ctrl+Z" on Windows and
 * Linux, "⌘Z" on a Mac), and the same combination is the one the key handler matches.
 */
public final class Shortcuts {
    /** The document's undo (Bewerken › Ongedaan maken). */
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** The document's redo. */
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** The document's redo as Windows programs have it too. */
    public static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    /** Bewerken › Zoeken in persona's: the keyboard to the search field over the list. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** A note's links to the matrix, from its text. */
    public static final KeyCombination LINKS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    /** A note moved towards the quadrant on its left; the other arrow keys move it likewise. */
    public static final KeyCodeCombination MOVE_NOTE = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    private Shortcuts() {
    }

    /** The combination as the platform writes it: "Ctrl+Z", on a Mac "⌘Z". */
    public static String shown(KeyCombination keys) {
        return keys.getDisplayText();
    }

    /**
     * The combination's modifiers alone, as the platform writes them before a key: "Alt+" ("⌥" on a Mac), for a text
     * that names the key in words ("Alt+pijltjestoets").
     */
    public static String modifiers(KeyCodeCombination keys) {
        String whole = keys.getDisplayText();
        String key = new KeyCodeCombination(keys.getCode()).getDisplayText();
        return whole.endsWith(key) ? whole.substring(0, whole.length() - key.length()) : whole;
    }
}
