package nl.personacanvas.ui;

/** Where the main window was and how big, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
