package nl.personacanvas.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** A save refused because the file on disk is no longer the one that was read: changed or deleted. */
public final class FileChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final FileFingerprint.DiskState state;
    private final FileFingerprint found;

    /** @param found what the file held when the save was refused; null when it was deleted */
    public FileChangedException(Path file, FileFingerprint.DiskState state, FileFingerprint found) {
        super(file + " was " + (state == FileFingerprint.DiskState.MISSING ? "deleted" : "changed") + " on disk");
        this.file = file;
        this.state = state;
        this.found = found;
    }

    public Path file() {
        return file;
    }

    public FileFingerprint.DiskState state() {
        return state;
    }

    /**
     * The version on disk the user is asked about, so the window can tell a later look at the file (when it comes
     * back to the front) that this change was already answered; empty when the file was deleted.
     */
    public Optional<FileFingerprint> found() {
        return Optional.ofNullable(found);
    }
}
