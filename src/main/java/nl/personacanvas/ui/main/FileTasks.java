package nl.personacanvas.ui.main;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import nl.personacanvas.ui.TaskExecutor;

/**
 * Runs the file work of one window off the FX thread and says when some is under way (the busy
 * indicator; the check for changes on disk waits for it). Results are handed back on the FX thread.
 */
final class FileTasks {
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    FileTasks(TaskExecutor executor) {
        this.executor = executor;
    }

    <T> void run(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    boolean isBusy() {
        return busy.get();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
