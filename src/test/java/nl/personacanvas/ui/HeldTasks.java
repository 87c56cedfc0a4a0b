package nl.personacanvas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.testfx.util.WaitForAsyncUtils;

/** A {@link TaskExecutor} for view-model tests: holds the submitted tasks until the test runs them, in its order. */
public final class HeldTasks implements TaskExecutor {
    /** What was submitted and not yet run; a test may take tasks out to run them in another order. */
    public final List<Task<?>> queued = new CopyOnWriteArrayList<>();

    @Override
    public <T> void execute(Task<T> task) {
        queued.add(task);
    }

    @Override
    public void shutdown() {
        queued.clear();
    }

    /**
     * Runs what was submitted. On the FX thread the tasks' results arrive at once; from the test thread it waits
     * for them to be handed back to the FX thread (a task reports its result in a later pulse).
     */
    public void runAll() {
        List<Task<?>> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Task::run);
        if (!Platform.isFxApplicationThread()) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
