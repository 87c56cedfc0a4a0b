package nl.personacanvas.ui.export;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How large the preview shows a page: fitted into the room the view has, or at a fixed zoom the user
 * stepped to, and the resolution a page is rendered at for that zoom.
 */
public final class PreviewZoom {
    /** Screen pixels per inch at 100 %. */
    static final double SCREEN_DPI = 96;
    /** Longest side of a rendered page, so an A1 at 400 % does not take a gigabyte. */
    static final double MAX_PIXELS = 6000;
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4;

    public enum Mode { FIT, FIXED }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.FIT);
    private final DoubleProperty fixed = new SimpleDoubleProperty(this, "fixed", 1);
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(this, "viewportWidth", 800);
    private final DoubleProperty viewportHeight = new SimpleDoubleProperty(this, "viewportHeight", 600);
    private final ReadOnlyObjectWrapper<PDRectangle> pageSize = new ReadOnlyObjectWrapper<>(this, "pageSize",
            PDRectangle.A4);
    private final DoubleBinding zoom = Bindings.createDoubleBinding(this::compute, mode, fixed, viewportWidth,
            viewportHeight, pageSize);

    private double compute() {
        if (mode.get() == Mode.FIXED) {
            return fixed.get();
        }
        PDRectangle size = pageSize.get();
        double fit = Math.min(viewportWidth.get() / screenPixels(size.getWidth()),
                viewportHeight.get() / screenPixels(size.getHeight()));
        return clamp(fit);
    }

    /** A length in PDF points as screen pixels at 100 %. */
    static double screenPixels(double points) {
        return points / 72 * SCREEN_DPI;
    }

    private static double clamp(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    /** Rounded to whole dots per inch, so small window size changes reuse what was rendered. */
    float dpi() {
        PDRectangle size = pageSize.get();
        double longest = Math.max(size.getWidth(), size.getHeight()) / 72;
        double dpi = Math.min(SCREEN_DPI * zoom.get(), MAX_PIXELS / longest);
        return (float) Math.max(10, Math.round(dpi));
    }

    void pageSize(PDRectangle size) {
        pageSize.set(size);
    }

    public void fit() {
        mode.set(Mode.FIT);
    }

    public void actualSize() {
        fixAt(1);
    }

    /** 25 % steps, starting from what is shown now (also when fitting). */
    public void in() {
        fixAt(Math.floor(zoom.get() * 4 + 1e-6) / 4 + 0.25);
    }

    public void out() {
        fixAt(Math.ceil(zoom.get() * 4 - 1e-6) / 4 - 0.25);
    }

    private void fixAt(double value) {
        fixed.set(clamp(value));
        mode.set(Mode.FIXED);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** What the page is shown at: 1 is its real size on a 96 dpi screen. */
    public DoubleBinding zoomProperty() {
        return zoom;
    }

    /** The view reports the room it has for the page, for {@link Mode#FIT}. */
    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }

    public DoubleProperty viewportHeightProperty() {
        return viewportHeight;
    }

    /** The current page's size in PDF points. */
    public ReadOnlyObjectProperty<PDRectangle> pageSizeProperty() {
        return pageSize.getReadOnlyProperty();
    }
}
