package nl.personacanvas.io;

import java.io.IOException;
import java.nio.file.Path;

/** A save refused because the file on disk is no longer the one that was read: changed or deleted. */
public final class FileChangedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final FileFingerprint.DiskState state;

    public FileChangedException(Path file, FileFingerprint.DiskState state) {
        super(file + " was " + (state == FileFingerprint.DiskState.MISSING ? "deleted" : "changed") + " on disk");
        this.file = file;
        this.state = state;
    }

    public Path file() {
        return file;
    }

    public FileFingerprint.DiskState state() {
        return state;
    }
}
