package nl.personacanvas.ui.compare;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For the tests of view-models that compute in the background: a matcher (the checker's part of the work) that
 * matches nothing and records, per call, whether it ran on the FX thread; and a way to run a step there.
 */
final class BackgroundSteps implements ElementMatcher {
    /** Per call of the matcher: whether it ran on the FX thread. */
    final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();

    @Override
    public List<String> matches(Entry entry, Quadrant quadrant, String matrixActivityId) {
        onFxThread.add(Platform.isFxApplicationThread());
        return List.of();
    }

    /** Runs a step on the FX thread and waits for it. */
    static void fx(Runnable step) {
        try {
            WaitForAsyncUtils.asyncFx(step).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
