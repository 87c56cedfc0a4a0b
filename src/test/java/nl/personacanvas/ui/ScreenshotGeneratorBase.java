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

/** Writes pictures of the app for docs/images/: the samples open in a window that fills the headless screen. */
public abstract class ScreenshotGeneratorBase extends MainWindowUiTest {
    protected static final Path OUT = Path.of("docs", "images");
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

    /** The whole headless screen (1280x800); a window reaching past it breaks Monocle's painter. */
    protected static void fillScreen(Window window) {
        window.setX(0);
        window.setY(0);
        window.setWidth(1280);
        window.setHeight(800);
    }

    /** Writes {@code scene} as {@code docs/images/<name>.png}. */
    protected void shoot(Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }
}
