package nl.personacanvas.ui;

import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from Main so the command line never loads JavaFX classes. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        PersonaCanvasApp.readAhead(List.of(args));
        Application.launch(PersonaCanvasApp.class, args);
    }
}
