package nl.personacanvas.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;

/**
 * One background thread: saves, loads and autosaves then happen in the order they were asked for, so
 * an older autosave can never overwrite a newer save.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "persona-canvas-io");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * After {@link #shutdown()} the task is cancelled instead of run: work a closing window still hands over (a
     * start-up look-up that finished as the window closed, a file watch it started) has no window left to report
     * to, and a rejection thrown on the FX thread would only be noise on the way out.
     */
    @Override
    public <T> void execute(Task<T> task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            task.cancel();
        }
    }

    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
