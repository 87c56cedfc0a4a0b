package nl.personacanvas.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import nl.personacanvas.model.Quadrant;

/**
 * The quadrants' bands across the comparison's rows. A band spans every column; while the rows scroll sideways it is
 * shifted along, so it still fills the view and its title stays at the view's left edge. Before session 27 the band
 * scrolled with the columns, and with five or six personas its title ("Ontwerpen & Ontwikkelen") went out of sight.
 */
final class QuadrantTitles {
    private final List<Label> titles = new ArrayList<>();
    private final GridPane rows;
    private final ScrollPane scroll;

    QuadrantTitles(GridPane rows, ScrollPane scroll) {
        this.rows = rows;
        this.scroll = scroll;
        scroll.hvalueProperty().addListener((obs, was, now) -> follow());
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> follow());
        rows.widthProperty().addListener((obs, was, now) -> follow());
    }

    /** A new band for {@code quadrant}, placed as the rows are scrolled now. */
    Label band(Quadrant quadrant, String title) {
        Label band = new Label(title);
        band.getStyleClass().addAll("compare-quadrant-title", "compare-quadrant-" + quadrant.key());
        band.setId("compare-quadrant-" + quadrant.name().toLowerCase());
        band.setMaxWidth(Double.MAX_VALUE);
        band.setTranslateX(shift());
        titles.add(band);
        return band;
    }

    /** The rows are rebuilt: the bands shown so far are gone. */
    void clear() {
        titles.clear();
    }

    /** {@code picture} taken with the bands over the first column, where the whole rows' picture (the PNG) has them. */
    <T> T unshifted(Supplier<T> picture) {
        titles.forEach(t -> t.setTranslateX(0));
        try {
            return picture.get();
        } finally {
            follow();
        }
    }

    /**
     * The sideways scroll less the rows' left padding: a band starts over the first column, as the cards do, and once
     * that padding has scrolled away it stays at the view's left edge, its far end still beyond the view's right.
     */
    private double shift() {
        return Math.max(0, SidewaysScroll.offset(scroll) - rows.getPadding().getLeft());
    }

    private void follow() {
        double shift = shift();
        titles.forEach(t -> t.setTranslateX(shift));
    }
}
