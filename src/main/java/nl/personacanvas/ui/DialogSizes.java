package nl.personacanvas.ui;

import javafx.scene.control.DialogPane;

/**
 * Lets a dialog be as wide as its content asks. The AtlantaFX theme caps every dialog pane at 600 px, which suits
 * a message but squeezed the sort dialog's table and cut off its labels ("Kernact...", "Bestand ope..."), and the
 * merge and import dialogs likewise. A width set in code outranks the theme's (a user-agent stylesheet).
 */
public final class DialogSizes {

    private DialogSizes() {
    }

    public static void fitContent(DialogPane pane) {
        pane.setMaxWidth(Double.MAX_VALUE);
    }
}
