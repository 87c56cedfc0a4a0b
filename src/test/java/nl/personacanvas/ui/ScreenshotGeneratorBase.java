package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes pictures of the app: the samples open in a window that fills the headless screen. They go to
 * {@code docs/images/} only when asked with {@code -Ddocs.images=true}, so that a test pattern which happens to
 * pick a generator up (such as {@code nl/personacanvas/ui/**}) does not overwrite the README's pictures; otherwise
 * to {@code target/screenshots/}.
 */
public abstract class ScreenshotGeneratorBase extends MainWindowUiTest {
    protected static final Path OUT = outputFolder(System.getProperty("docs.images"));
    protected Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        super.start(stage);
        fillScreen(stage);
    }

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    /** {@code docs/images} when the property says "true" (as {@code -Ddocs.images} alone does), else target. */
    static Path outputFolder(String docsImages) {
        boolean asked = docsImages != null && (docsImages.isEmpty() || Boolean.parseBoolean(docsImages));
        return asked ? Path.of("docs", "images") : Path.of("target", "screenshots");
    }

    /** The whole headless screen (1280x800); a window reaching past it breaks Monocle's painter. */
    protected static void fillScreen(Window window) {
        window.setX(0);
        window.setY(0);
        window.setWidth(1280);
        window.setHeight(800);
    }

    /** Writes {@code scene} as {@code <OUT>/<name>.png}. */
    protected void shoot(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        write(shot[0], name);
    }

    /** One part of a window, as the notification over the panels' corner. */
    protected void shoot(javafx.scene.Node node, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = node.snapshot(null, null));
        write(shot[0], name);
    }

    private void write(WritableImage image, String name) throws IOException {
        WritableImage[] shot = {image};
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }
}
