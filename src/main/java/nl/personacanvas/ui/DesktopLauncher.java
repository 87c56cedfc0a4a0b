package nl.personacanvas.ui;

import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from Main so the command line never loads JavaFX classes. */
public final class DesktopLauncher {
    /** Prism's option to repaint only the regions that changed in a pulse. */
    private static final String DIRTY_REGIONS = "prism.dirtyopts";

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        // With Prism repainting only changed regions, the check panel went on showing "choose a persona" after
        // the first persona was opened, although its labels held the new check: the region was not repainted
        // until something else made the whole panel repaint (docs/startup.md). Repainting the whole window each
        // pulse costs little for one window of this size. A value given on the command line still wins.
        if (System.getProperty(DIRTY_REGIONS) == null) {
            System.setProperty(DIRTY_REGIONS, "false");
        }
        PersonaCanvasApp.readAhead(List.of(args));
        Application.launch(PersonaCanvasApp.class, args);
    }
}
