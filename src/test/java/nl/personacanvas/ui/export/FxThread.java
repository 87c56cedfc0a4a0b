package nl.personacanvas.ui.export;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs view-model calls on the FX thread, where their tasks report back, for tests without a window. */
final class FxThread {

    private FxThread() {
    }

    static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    static void run(Runnable action) {
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
