package nl.personacanvas.pdf;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The PDF could not be put in place: the file is open in another program (locked on Windows), read-only, or its
 * folder cannot be written. The message names the file the user chose, never the temporary file written beside it,
 * so callers can say in the user's words what to do.
 */
public final class TargetNotWritableException extends IOException {
    private final transient Path target;

    TargetNotWritableException(Path target, FileSystemException cause) {
        super(target + (cause.getReason() == null ? "" : ": " + cause.getReason()), cause);
        this.target = target;
    }

    /** The file the export was to write, as an absolute path. */
    public Path target() {
        return target;
    }
}
