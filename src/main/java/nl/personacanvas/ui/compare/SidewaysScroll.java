package nl.personacanvas.ui.compare;

import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;

/** How far the comparison's rows are scrolled sideways, for what must stay in place while they scroll. */
final class SidewaysScroll {
    private SidewaysScroll() {
    }

    /**
     * The part of the scrolled content wider than the viewport, by the scroll bar's value (the viewport's bounds follow
     * a scroll only at the scroll pane's next layout).
     */
    static double offset(ScrollPane scroll) {
        Bounds viewport = scroll.getViewportBounds();
        if (viewport == null || scroll.getContent() == null || scroll.getHmax() <= scroll.getHmin()) {
            return 0;
        }
        double hidden = Math.max(0, scroll.getContent().getLayoutBounds().getWidth() - viewport.getWidth());
        return hidden * (scroll.getHvalue() - scroll.getHmin()) / (scroll.getHmax() - scroll.getHmin());
    }
}
