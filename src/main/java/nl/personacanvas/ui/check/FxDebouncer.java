package nl.personacanvas.ui.check;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the FX thread's clock: the action runs when no new request came for {@code quiet}. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        });
    }

    @Override
    public void request(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
