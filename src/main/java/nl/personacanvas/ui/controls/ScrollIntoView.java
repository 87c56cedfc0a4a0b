package nl.personacanvas.ui.controls;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the nearest scroll pane around a node just far enough to show it whole (its top, when it is taller than
 * the view). A node already in sight leaves the view where it is.
 */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    public static void reveal(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && pane.getContent() != null) {
                scroll(pane, node);
                return;
            }
        }
    }

    private static void scroll(ScrollPane pane, Node node) {
        Node content = pane.getContent();
        double view = pane.getViewportBounds().getHeight();
        double room = content.getLayoutBounds().getHeight() - view;
        double range = pane.getVmax() - pane.getVmin();
        if (room <= 0 || range <= 0) {
            return;
        }
        Bounds shown = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = (pane.getVvalue() - pane.getVmin()) / range * room;
        double wanted = top;
        if (shown.getMinY() < top) {
            wanted = shown.getMinY();
        } else if (shown.getMaxY() > top + view) {
            wanted = Math.min(shown.getMinY(), shown.getMaxY() - view);
        }
        pane.setVvalue(pane.getVmin() + Math.max(0, Math.min(room, wanted)) / room * range);
    }
}
