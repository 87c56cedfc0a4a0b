package nl.personacanvas.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The app's own stylesheet (persona-canvas.css) over the theme. The main window's scene has it; so do the dialogs
 * and views with check boxes and radio buttons, for its focus ring: a dialog's scene starts with the theme only.
 */
public final class AppStylesheet {
    private static final String PATH = "/nl/personacanvas/ui/persona-canvas.css";

    private AppStylesheet() {
    }

    public static void applyTo(Scene scene) {
        scene.getStylesheets().add(url());
    }

    public static void applyTo(Parent parent) {
        parent.getStylesheets().add(url());
    }

    private static String url() {
        return AppStylesheet.class.getResource(PATH).toExternalForm();
    }
}
