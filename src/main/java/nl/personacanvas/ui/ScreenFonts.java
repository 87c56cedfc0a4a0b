package nl.personacanvas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.text.Font;

/**
 * The font the window draws emoji with. JavaFX falls back only on the system's fonts for a character the theme's font
 * lacks, and a school laptop (or a Linux without an emoji font) has none for emoji: "Kees-Jan 🌍" showed a box in
 * the persona list, the name field and the headline. A font loaded by the app joins that fallback, so the app loads
 * Symbola, the monochrome emoji font its PDFs already draw emoji with (bundled with its licence under
 * {@code nl/personacanvas/pdf/fonts/}, see THIRD-PARTY-NOTICES.md). It must be loaded before the app makes its first
 * font. Reading it takes about 0.1 s: it is read on a thread of its own, started first thing while the app reads its
 * other essentials, and the window waits for it before laying out any text.
 *
 * <p>The state is static because JavaFX's font registry is the process's: a font loaded once serves every window of
 * the run (the tests open many), and loading it again would copy it to another temporary file and register it twice.
 */
public final class ScreenFonts {
    private static final String EMOJI = "/nl/personacanvas/pdf/fonts/Symbola.ttf";
    private static final AtomicReference<CompletableFuture<Void>> LOADING = new AtomicReference<>();

    private ScreenFonts() {
    }

    /** Starts reading the fonts in the background, once per run; later calls return the same reading. */
    public static CompletableFuture<Void> loadAhead() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        if (!LOADING.compareAndSet(null, started)) {
            return LOADING.get();
        }
        Thread thread = new Thread(() -> {
            try {
                load();
                started.complete(null);
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
            }
        }, "persona-canvas-fonts");
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /**
     * Waits until the fonts are read (at once when {@link #loadAhead} finished already). A font that cannot be read is
     * logged and left out: the window then shows boxes for emoji, as before, and works otherwise.
     */
    public static void awaitLoaded() {
        try {
            loadAhead().join();
        } catch (RuntimeException e) {
            System.getLogger(ScreenFonts.class.getName()).log(System.Logger.Level.WARNING,
                    "The emoji font could not be loaded; emoji show as boxes", e);
        }
    }

    private static void load() {
        try (InputStream in = ScreenFonts.class.getResourceAsStream(EMOJI)) {
            // Any size: loading registers the file. Not Font.getDefault(): JavaFX builds the system font's fallback
            // list once, from the fonts known when the first font is made, and a font made before this load left
            // the emoji font out of it (seen in the jar: "Joost □").
            if (in == null || Font.loadFont(in, 12) == null) {
                throw new IllegalStateException("not loaded: " + EMOJI);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
