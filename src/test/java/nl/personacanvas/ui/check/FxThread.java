package nl.personacanvas.ui.check;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View-model tests run their steps on the FX thread (tasks report there) with background work that
 * the test runs itself, in the order it wants, and a debouncer it fires by hand.
 */
final class FxThread {

    private FxThread() {
    }

    static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T call(Callable<T> step) {
        try {
            return WaitForAsyncUtils.asyncFx(step).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Runs a step and waits for what it posted (a task reports its result in a later pulse). */
    static void run(Runnable step) {
        call(() -> {
            step.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Keeps only the latest request until the test fires it, as a real debouncer would after the pause. */
    static final class ManualDebouncer implements Debouncer {
        Runnable pending;
        int requests;

        @Override
        public void request(Runnable action) {
            pending = action;
            requests++;
        }

        void fire() {
            Runnable action = pending;
            pending = null;
            if (action != null) {
                action.run();
            }
        }
    }
}
