package nl.personacanvas.ui.compare;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

/** Pictures of views for export: taken on the FX thread at a higher scale, written in the background. */
public final class NodeImages {

    private NodeImages() {
    }

    /** A snapshot at {@code scale} times the screen size, sharp enough for slides and print. */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        return node.snapshot(params, null);
    }

    /**
     * Two nodes of the same width, one above the other, at twice their screen size: the comparison's column heads
     * lie outside its scrolling rows, and its picture has both.
     */
    public static BufferedImage picture(Node above, Node below) {
        BufferedImage top = picture(above);
        BufferedImage bottom = picture(below);
        BufferedImage both = new BufferedImage(Math.max(top.getWidth(), bottom.getWidth()),
                top.getHeight() + bottom.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = both.createGraphics();
        try {
            g.drawImage(top, 0, 0, null);
            g.drawImage(bottom, 0, top.getHeight(), null);
        } finally {
            g.dispose();
        }
        return both;
    }

    /** The node at twice its screen size, as an image the background can encode (taken on the FX thread). */
    public static BufferedImage picture(Node node) {
        return SwingFXUtils.fromFXImage(snapshot(node, 2), null);
    }
}
