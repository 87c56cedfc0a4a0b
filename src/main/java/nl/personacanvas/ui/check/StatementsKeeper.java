package nl.personacanvas.ui.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.UnsortedStatements;
import nl.personacanvas.ui.TaskExecutor;

/**
 * Keeps the sort dialog's statements in the recovery folder while they are not yet added to a canvas, as the autosave
 * keeps the workbook: in the background (on the executor that writes the workbook's copy, so writes and discards keep
 * their order), as soon as typing pauses and at least once per interval while it goes on. A crash, or the power
 * going, used to lose them: they are in no workbook until added.
 */
public final class StatementsKeeper {
    private static final System.Logger LOG = System.getLogger(StatementsKeeper.class.getName());

    private final RecoveryFiles recovery;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Supplier<Path> source;
    private final Runnable warn;
    private final PauseTransition timer;
    private final PauseTransition pause;
    /** The persona whose sort dialog they are in; null before the dialog was opened. */
    private String personaId;
    /** The text to keep at the next write; null when what is kept is up to date. */
    private String pending;
    /** Whether the last write failed: the user is told once when writes start failing, not at every pause. */
    private boolean failing;

    /**
     * @param interval the autosave's: the statements are kept a fifth of it after typing pauses, and once per interval
     *                 while typing goes on
     * @param source   the workbook file the window has open (null for one never saved), noted with the statements
     * @param warn     tells the user that the statements cannot be kept (the recovery folder cannot be written)
     */
    public StatementsKeeper(RecoveryFiles recovery, TaskExecutor executor, Clock clock, Duration interval,
                            Supplier<Path> source, Runnable warn) {
        this.warn = warn;
        this.recovery = recovery;
        this.executor = executor;
        this.clock = clock;
        this.source = source;
        this.timer = new PauseTransition(interval);
        timer.setOnFinished(e -> writeNow());
        this.pause = new PauseTransition(interval.divide(5));
        pause.setOnFinished(e -> writeNow());
    }

    /** The persona whose sort dialog the statements are in: noted with them, and said when they are offered back. */
    public void forPersona(String id) {
        personaId = id;
    }

    /** The dialog's input changed: kept after the next pause. */
    public void changed(String text) {
        pending = text == null ? "" : text;
        pause.playFromStart();
        if (timer.getStatus() != Animation.Status.RUNNING) {
            timer.playFromStart();
        }
    }

    /** Keeps {@code text} now (the dialog closed on it); blank, nothing is kept. */
    public void keep(String text) {
        pending = text == null ? "" : text;
        writeNow();
    }

    /** Writes what changed since the last write, now (also used by tests instead of waiting). */
    public void writeNow() {
        stop();
        String text = pending;
        pending = null;
        if (text == null) {
            return;
        }
        if (text.isBlank()) {
            discard();
            return;
        }
        UnsortedStatements statements = new UnsortedStatements(text, source.get(), clock.instant(), personaId);
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws IOException {
                recovery.writeStatements(statements);
                return null;
            }
        };
        // Like a failed autosave: no dialog in the middle of typing, the next change tries again; but said once, so
        // nobody pastes on believing a crash would cost nothing.
        write.setOnFailed(e -> {
            LOG.log(System.Logger.Level.WARNING, "Cannot keep the sort dialog's statements", write.getException());
            if (!failing) {
                warn.run();
            }
            failing = true;
        });
        write.setOnSucceeded(e -> failing = false);
        executor.execute(write);
    }

    /** The statements were added to a canvas or cleared: nothing of them is offered after a crash. */
    public void discard() {
        stop();
        pending = null;
        executor.execute(new Task<Void>() {
            @Override
            protected Void call() {
                recovery.discardStatements();
                return null;
            }
        });
    }

    private void stop() {
        timer.stop();
        pause.stop();
    }
}
