package nl.personacanvas.ui;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Tells a start-up benchmark or smoke test when the main window's first frame with content is on screen, by
 * printing {@link #MARKER} and the wall-clock time in epoch milliseconds on standard output (a benchmark
 * compares it with the time it started the process). Off unless the system property {@value #PROPERTY} is
 * {@code report} (print the marker) or {@code exit} (print it, then quit), so normal runs are unaffected.
 */
public final class StartupProbe {
    public static final String PROPERTY = "personacanvas.startup";
    public static final String MARKER = "persona-canvas: first frame shown";

    enum Mode { OFF, REPORT, EXIT }

    private final Mode mode;
    private final PrintStream out;
    private final Runnable exit;
    private final Clock clock;
    private boolean reported;

    StartupProbe(Mode mode, PrintStream out, Runnable exit, Clock clock) {
        this.mode = mode;
        this.out = out;
        this.exit = exit;
        this.clock = clock;
    }

    public static StartupProbe fromSystemProperties() {
        String value = System.getProperty(PROPERTY, "off").toUpperCase(Locale.ROOT);
        Mode mode = switch (value) {
            case "REPORT" -> Mode.REPORT;
            case "EXIT" -> Mode.EXIT;
            default -> Mode.OFF;
        };
        return new StartupProbe(mode, System.out, Platform::exit, Clock.systemUTC());
    }

    /**
     * Reports after the first frame of {@code scene} in which {@code state} satisfies {@code shown} (see
     * {@link FirstFrame#whenShown}): the report comes after that frame was handed to the renderer.
     */
    public <T> void watch(Scene scene, ObservableValue<T> state, Predicate<? super T> shown) {
        if (mode != Mode.OFF) {
            FirstFrame.whenShown(scene, state, shown, this::report);
        }
    }

    private void report() {
        if (reported) {
            return;
        }
        reported = true;
        out.println(MARKER + " at " + clock.millis());
        out.flush();
        if (mode == Mode.EXIT) {
            exit.run();
        }
    }
}
