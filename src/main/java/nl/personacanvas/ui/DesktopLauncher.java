package nl.personacanvas.ui;

import javafx.application.Application;

/** Starts the JavaFX application; kept apart from Main so the command line never loads JavaFX classes. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        PersonaCanvasApp.readAhead();
        Application.launch(PersonaCanvasApp.class, args);
    }
}
