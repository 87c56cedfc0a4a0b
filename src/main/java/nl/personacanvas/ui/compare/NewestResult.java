package nl.personacanvas.ui.compare;

import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import nl.personacanvas.ui.TaskExecutor;

/**
 * Background work of a window that follows edits: each edit asks anew, and only the newest request's result is
 * shown. A result that arrives after a newer request is dropped and an older task still queued is cancelled, so a
 * burst of edits never shows an older state after a newer one.
 */
final class NewestResult<T> {
    private final TaskExecutor executor;
    private final String what;
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    /** Counts requests, so a result that arrives after a newer request is dropped. */
    private long latestRequest;
    private Task<T> running;
    /** What {@link #follow} watches, and its listener, until {@link #close()}. */
    private ObservableValue<?> followed;
    private ChangeListener<Object> onChange;

    /** {@code what} names the work in the log when it fails. */
    NewestResult(TaskExecutor executor, String what) {
        this.executor = executor;
        this.what = what;
    }

    /** Runs {@code work} in the background; {@code show} gets its result on the FX thread unless a newer request came. */
    void request(Supplier<T> work, Consumer<T> show) {
        long ticket = ++latestRequest;
        cancelRunning();
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket == latestRequest) {
                running = null;
                show.accept(task.getValue());
                // After the result: whoever waits for the work to end finds the result in place.
                computing.set(false);
            }
        });
        task.setOnFailed(e -> {
            if (ticket == latestRequest) {
                running = null;
                computing.set(false);
                System.getLogger(NewestResult.class.getName()).log(System.Logger.Level.WARNING,
                        what + " failed", task.getException());
            }
        });
        running = task;
        computing.set(true);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The app is closing and background work has stopped; no one is left to see the result.
            running = null;
            computing.set(false);
        }
    }

    /** Calls {@code ask} now and again on every change of {@code edits} (a window's workbook), until {@link #close()}. */
    void follow(ObservableValue<?> edits, Runnable ask) {
        followed = edits;
        onChange = (obs, was, now) -> ask.run();
        edits.addListener(onChange);
        ask.run();
    }

    /** The window closed: an edit no longer asks for work no one sees, and what is pending is dropped. */
    void close() {
        if (followed != null) {
            followed.removeListener(onChange);
        }
        cancel();
    }

    /** Drops what is pending: nothing is shown until the next request. */
    void cancel() {
        latestRequest++;
        cancelRunning();
        computing.set(false);
    }

    ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }
}
