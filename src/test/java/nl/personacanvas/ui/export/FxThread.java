package nl.personacanvas.ui.export;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs view-model calls on the FX thread, where their tasks report back, for tests without a window. */
public final class FxThread {

    private FxThread() {
    }

    public static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /**
     * Polls {@code condition} on the FX thread. Longer than the UI fixture's wait: building and rendering
     * PDFs on a shared, busy build machine can take many seconds.
     */
    public static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void run(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
