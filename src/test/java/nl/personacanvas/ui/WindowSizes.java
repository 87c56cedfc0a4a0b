package nl.personacanvas.ui;

import javafx.stage.Window;

/**
 * Sizes a window in a test without growing it while it is shown. Monocle's painter reuses the pixel buffer of the
 * frame before: a shown window made wider or taller (even within the 1280 × 800 headless screen) can make it throw
 * "Too small int buffer size" (BufferOverflowException) for a frame, and in whole-suite runs under load such a frame
 * came with a layout the test read half done. So a window that grows is hidden, sized and shown again; one that only
 * shrinks is sized where it is. Call on the FX thread.
 */
public final class WindowSizes {
    private WindowSizes() {
    }

    /** Places {@code window} at ({@code x}, {@code y}) and sizes it to {@code width} × {@code height}. */
    public static void place(Window window, double x, double y, double width, double height) {
        boolean grows = width > window.getWidth() || height > window.getHeight();
        boolean shown = window.isShowing();
        if (grows && shown) {
            window.hide();
        }
        window.setX(x);
        window.setY(y);
        window.setWidth(width);
        window.setHeight(height);
        if (grows && shown && window instanceof javafx.stage.Stage stage) {
            stage.show();
        }
    }
}
