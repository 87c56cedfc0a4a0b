package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * What this window knows about the open workbook's file: its fingerprint when last read or written
 * (to notice a colleague's change before overwriting it) and the lock file that tells other copies of
 * the app who has it open. The lock follows the document: opening or saving under another name moves
 * it, a new workbook or closing the window removes it. Lock files are written in the background.
 */
final class FileWatch {
    private final TaskExecutor executor;
    private final WorkbookLock.Owner self;
    private Path file;
    private FileFingerprint fingerprint;
    private FileFingerprint ignoredChange;
    /** Filled in by the background thread; the single I/O thread runs acquire before any release. */
    private AtomicReference<WorkbookLock> lock;

    FileWatch(WorkbookDocument document, TaskExecutor executor, WorkbookLock.Owner self) {
        this.executor = executor;
        this.self = self;
        document.fileProperty().addListener((obs, old, now) -> {
            if (now == null || !now.equals(file)) {
                forget();
            }
        });
    }

    /** Who else has {@code workbook} open, if anyone. Reads the lock file: call off the FX thread. */
    Optional<WorkbookLock.Owner> otherHolder(Path workbook) {
        return WorkbookLock.heldByOther(workbook, self);
    }

    /** The workbook at {@code path} was read or written and is now the document's file. */
    void track(Path path, FileFingerprint now) {
        boolean moved = !path.equals(file);
        if (moved) {
            forget();
        }
        file = path;
        fingerprint = now;
        ignoredChange = null;
        if (moved) {
            AtomicReference<WorkbookLock> held = new AtomicReference<>();
            lock = held;
            run(() -> {
                held.set(WorkbookLock.acquire(path, self));
                WorkbookStore.removeLeftovers(path);
            });
        }
    }

    /** What the file should still hold, to save over it safely; null when it is not the tracked file. */
    FileFingerprint expected(Path path) {
        return path.equals(file) ? fingerprint : null;
    }

    /**
     * A check, to run off the FX thread, of whether the tracked file now holds something else than
     * what was read or written (and than a change the user was already asked about); it answers the
     * fingerprint of what is there now.
     */
    Callable<Optional<FileFingerprint>> changeCheck() {
        Path path = file;
        FileFingerprint known = fingerprint;
        FileFingerprint ignored = ignoredChange;
        return () -> {
            if (path == null || known.compareWith(path) != FileFingerprint.DiskState.CHANGED) {
                return Optional.empty();
            }
            FileFingerprint theirs = FileFingerprint.read(path);
            return ignored != null && theirs.sameContent(ignored) ? Optional.empty() : Optional.of(theirs);
        };
    }

    /**
     * The user is being asked about this version on disk, whatever they will answer: coming back to the window
     * does not ask about it again, only about a later change. A save over it still asks, as it would overwrite it.
     * Noted before the question shows, because closing the question hands the focus back and so starts a check.
     */
    void answered(FileFingerprint theirs) {
        ignoredChange = theirs;
    }

    /** Whether a check's finding is the version already asked about (the check may have started before). */
    boolean alreadyAnswered(FileFingerprint theirs) {
        return ignoredChange != null && theirs.sameContent(ignoredChange);
    }

    Path file() {
        return file;
    }

    /** Removes this window's lock, e.g. when it closes. */
    void forget() {
        AtomicReference<WorkbookLock> held = lock;
        lock = null;
        file = null;
        fingerprint = null;
        ignoredChange = null;
        if (held != null) {
            run(() -> Optional.ofNullable(held.getAndSet(null)).ifPresent(WorkbookLock::close));
        }
    }

    private interface FileWork {
        void run() throws IOException;
    }

    private void run(FileWork work) {
        executor.execute(new Task<Void>() {
            @Override
            protected Void call() throws IOException {
                work.run();
                return null;
            }
        });
    }
}
