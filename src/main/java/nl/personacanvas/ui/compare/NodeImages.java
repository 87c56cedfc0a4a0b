package nl.personacanvas.ui.compare;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

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

    /** Converts and writes off the FX thread; the image is not touched by the FX thread afterwards. */
    public static Task<Void> pngTask(WritableImage image, Path file) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        return new Task<>() {
            @Override
            protected Void call() throws IOException {
                if (!ImageIO.write(buffered, "png", file.toFile())) {
                    throw new IOException("no PNG writer");
                }
                return null;
            }
        };
    }
}
