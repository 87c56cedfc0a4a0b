package nl.personacanvas.ui;

import javafx.scene.control.DialogPane;

/**
 * Lets a dialog be as wide as its content. AtlantaFX's theme caps {@code .dialog-pane} at 600 px, which cut off
 * the labels and columns of the wider dialogs (sorting statements, merging, the import summary). A width set in
 * code does not lift the cap (the pane still measured 600 px max with {@code setMaxWidth(MAX_VALUE)}); an inline
 * style, which outranks every stylesheet, does.
 */
public final class DialogWidth {

    private DialogWidth() {
    }

    public static void fitContent(DialogPane pane) {
        pane.setStyle("-fx-max-width: 100000px;");
    }
}
