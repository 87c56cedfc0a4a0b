package nl.personacanvas.ui.compare;

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

    /** The node at twice its screen size, as an image the background can encode (taken on the FX thread). */
    public static BufferedImage picture(Node node) {
        return SwingFXUtils.fromFXImage(snapshot(node, 2), null);
    }
}
