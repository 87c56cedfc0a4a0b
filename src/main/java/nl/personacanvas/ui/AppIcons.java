package nl.personacanvas.ui;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app icon in the sizes rendered by packaging/make-icons.sh; the window system picks the size it needs
 * for title bar, task bar and window switcher.
 */
public final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    /**
     * Gives {@code stage} the icons once they are decoded in the background, so the first frame does not wait
     * for them (the window system shows a default icon for that moment).
     */
    public static void apply(Stage stage) {
        List<Image> icons = IntStream.of(SIZES).mapToObj(size -> new Image(url(size), true)).toList();
        Runnable whenAllLoaded = () -> {
            if (icons.stream().allMatch(i -> i.getProgress() >= 1)) {
                stage.getIcons().setAll(icons.stream().filter(i -> !i.isError()).toList());
            }
        };
        icons.forEach(i -> i.progressProperty().addListener((obs, was, now) -> whenAllLoaded.run()));
        whenAllLoaded.run();
    }

    public static List<Image> all() {
        return IntStream.of(SIZES).mapToObj(AppIcons::ofSize).toList();
    }

    /** The icon rendered at {@code size} pixels; one of 16, 24, 32, 48, 64, 128 or 256. */
    public static Image ofSize(int size) {
        return new Image(url(size));
    }

    private static String url(int size) {
        var url = AppIcons.class.getResource("icons/persona-canvas-" + size + ".png");
        if (url == null) {
            throw new IllegalArgumentException("No app icon of " + size + " px");
        }
        return url.toExternalForm();
    }
}
