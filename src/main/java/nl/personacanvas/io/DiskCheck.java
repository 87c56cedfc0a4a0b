package nl.personacanvas.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Whether a file still holds what a fingerprint describes, for saving over it. Reading and hashing the
 * file runs on a thread of its own while the new version is being serialised and written; right before
 * the file is replaced, {@link #confirm()} checks again, cheaply, that its size and time are still what
 * that reading saw, and reads it once more if not. So a change made while saving is noticed as well.
 */
final class DiskCheck {
    private record Result(FileFingerprint.DiskState state, FileFingerprint seen) {
    }

    private final FileFingerprint expected;
    private final Path file;
    private final FutureTask<Result> first;

    private DiskCheck(FileFingerprint expected, Path file) {
        this.expected = expected;
        this.file = file;
        this.first = new FutureTask<>(this::check);
    }

    static DiskCheck start(FileFingerprint expected, Path file) {
        DiskCheck check = new DiskCheck(expected, file);
        Thread reader = new Thread(check.first, "workbook-check");
        reader.setDaemon(true);
        reader.start();
        return check;
    }

    /** Returns if the file still holds the expected content; otherwise throws {@link FileChangedException}. */
    void confirm() throws IOException {
        Result result = firstResult();
        if (result.state() == FileFingerprint.DiskState.UNCHANGED && !stillAsSeen(result.seen())) {
            result = check();
        }
        if (result.state() != FileFingerprint.DiskState.UNCHANGED) {
            throw new FileChangedException(file, result.state(), result.seen());
        }
    }

    private Result firstResult() throws IOException {
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while checking " + file);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Checking " + file + " failed", e.getCause());
        }
    }

    private Result check() throws IOException {
        try {
            // Read even when the size alone shows a change: the refusal names the version found (a conflict is rare).
            FileFingerprint seen = FileFingerprint.read(file);
            return new Result(seen.sameContent(expected) ? FileFingerprint.DiskState.UNCHANGED
                    : FileFingerprint.DiskState.CHANGED, seen);
        } catch (NoSuchFileException e) {
            return new Result(FileFingerprint.DiskState.MISSING, null);
        }
    }

    /** The time is taken before the content is read, so a later write shows as a later time. */
    private boolean stillAsSeen(FileFingerprint seen) throws IOException {
        try {
            return Files.size(file) == seen.size() && Files.getLastModifiedTime(file).equals(seen.modified());
        } catch (NoSuchFileException e) {
            return false;
        }
    }
}
