package nl.personacanvas.ui.document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.TaskExecutor;

/**
 * Keeps a recovery copy of unsaved changes, written in the background (the workbook is an immutable snapshot, so
 * the FX thread can go on editing meanwhile): as soon as the user pauses, and at least once per interval while they
 * keep typing. When the document is saved or closed clean the copy is removed.
 */
public final class Autosaver {
    private final WorkbookDocument document;
    private final RecoveryFiles recovery;
    private final TaskExecutor executor;
    private final Clock clock;
    private final PauseTransition timer;
    private final PauseTransition pause;
    private final Function<Path, FileFingerprint> knownFingerprint;
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    /**
     * @param knownFingerprint what a file held when this window last read or wrote it (null if unknown);
     *                         kept with the copy so a restored workbook is saved as safely as an opened one
     */
    public Autosaver(WorkbookDocument document, RecoveryFiles recovery, TaskExecutor executor, Clock clock,
                     Duration interval, Function<Path, FileFingerprint> knownFingerprint) {
        this.document = document;
        this.knownFingerprint = knownFingerprint;
        this.recovery = recovery;
        this.executor = executor;
        this.clock = clock;
        this.timer = new PauseTransition(interval);
        timer.setOnFinished(e -> writeNow());
        // Without it a crash lost what was typed since the last copy, up to a whole interval: a sentence, then a pause
        // to think, and the words were only in memory. A fifth of the interval (1 s of 5) is a pause, not a keystroke.
        this.pause = new PauseTransition(interval.divide(5));
        pause.setOnFinished(e -> writeNow());
        document.workbookProperty().addListener((obs, old, now) -> changed());
        document.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                stop();
                discardInBackground();
            }
        });
    }

    /** Debounced by the pause and throttled by the interval: someone typing without pause still gets a copy. */
    private void changed() {
        if (!document.isDirty()) {
            return;
        }
        pause.playFromStart();
        if (timer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            timer.playFromStart();
        }
    }

    /** Writes the copy now if there are unsaved changes (also used by tests instead of waiting). */
    public void writeNow() {
        stop();
        if (!document.isDirty()) {
            return;
        }
        Workbook snapshot = document.workbook();
        Path source = document.file();
        FileFingerprint sourceFingerprint = source == null ? null : knownFingerprint.apply(source);
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws IOException {
                recovery.write(snapshot, source, sourceFingerprint, clock.instant());
                return null;
            }
        };
        // A failed copy must not interrupt the user with a dialog, and the next change tries again; but it used to be
        // only logged, so someone typing for an hour believed a crash would cost nothing. The window says it once.
        write.setOnFailed(e -> {
            System.getLogger(Autosaver.class.getName()).log(System.Logger.Level.WARNING, "Autosave failed",
                    write.getException());
            failure.set(write.getException());
        });
        write.setOnSucceeded(e -> failure.set(null));
        executor.execute(write);
    }

    /**
     * Removes the copy of the workbook (saved, or closed clean), queued behind any pending write, so a late autosave
     * cannot bring the copy back. The sort dialog's statements, in no workbook, stay kept.
     */
    public void discardInBackground() {
        executor.execute(new Task<Void>() {
            @Override
            protected Void call() {
                recovery.discardWorkbook();
                return null;
            }
        });
    }

    /** Removes everything kept, the sort dialog's statements too: the user threw away what a crash left. */
    public void discardAllInBackground() {
        executor.execute(new Task<Void>() {
            @Override
            protected Void call() {
                recovery.discard();
                return null;
            }
        });
    }

    /** Why the last recovery copy could not be written; null while copies succeed (or none was needed). */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public void stop() {
        timer.stop();
        pause.stop();
    }
}
