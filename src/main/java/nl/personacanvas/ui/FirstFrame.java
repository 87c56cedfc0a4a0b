package nl.personacanvas.ui;

import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Runs work once a window has shown a state: after the first pulse that lays out the scene while the state
 * holds, queued behind that pulse, so it comes after the frame was handed to the renderer. Start-up uses it
 * to put off what the first frame with content does not show (see docs/startup.md).
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /**
     * Runs {@code action} on the FX thread once, after the first frame of {@code scene} in which {@code state}
     * satisfies {@code shown}. The listener goes on {@code state} itself: pass a property that lives as long as
     * the window, not a fresh binding, which JavaFX would let the garbage collector take.
     */
    public static <T> void whenShown(Scene scene, ObservableValue<T> state, Predicate<? super T> shown,
                                     Runnable action) {
        if (shown.test(state.getValue())) {
            afterNextPulse(scene, action);
            return;
        }
        ChangeListener<T> listener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T was, T now) {
                if (shown.test(now)) {
                    state.removeListener(this);
                    afterNextPulse(scene, action);
                }
            }
        };
        state.addListener(listener);
    }

    private static void afterNextPulse(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
