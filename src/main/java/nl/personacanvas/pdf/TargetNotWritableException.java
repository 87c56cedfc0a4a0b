package nl.personacanvas.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The PDF could not be put in place: the file is open in another program (locked on Windows), read-only, or its
 * folder cannot be written; its name is longer than a file system holds; or the disk is full. The message names the
 * file the user chose, never the temporary file written beside it, so callers can say in the user's words what to do.
 */
public final class TargetNotWritableException extends IOException {
    /** The most bytes of UTF-8 one file name may have on Linux and macOS (Windows: as many UTF-16 units). */
    static final int MAX_NAME_BYTES = 255;

    /** Why: each is said with what to do about it. */
    public enum Reason { NOT_REPLACEABLE, NAME_TOO_LONG, DISK_FULL }

    private final transient Path target;
    private final Reason reason;

    private TargetNotWritableException(Path target, Reason reason, IOException cause) {
        super(target + (cause.getMessage() == null ? "" : ": " + reasonOf(cause)), cause);
        this.target = target;
        this.reason = reason;
    }

    /**
     * The failure of writing {@code target}, when it is one of the file system's: a full disk (said only in the
     * system's English, "No space left on device", before session 23) or a name too long (said as "is it open in a
     * PDF reader?"). Any other failure (of the PDF itself) is none.
     */
    static Optional<TargetNotWritableException> of(Path target, IOException failure) {
        String said = String.valueOf(reasonOf(failure)).toLowerCase(Locale.ROOT);
        if (said.contains("no space") || said.contains("not enough space") || said.contains("disk full")
                || said.contains("quota")) {
            return Optional.of(new TargetNotWritableException(target, Reason.DISK_FULL, failure));
        }
        if (nameBytes(target) > MAX_NAME_BYTES || said.contains("name too long")) {
            return Optional.of(new TargetNotWritableException(target, Reason.NAME_TOO_LONG, failure));
        }
        if (failure instanceof FileSystemException) {
            return Optional.of(new TargetNotWritableException(target, Reason.NOT_REPLACEABLE, failure));
        }
        return Optional.empty();
    }

    private static String reasonOf(IOException failure) {
        return failure instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : failure.getMessage();
    }

    static int nameBytes(Path target) {
        return String.valueOf(target.getFileName()).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The file the export was to write, as an absolute path. */
    public Path target() {
        return target;
    }

    public Reason reason() {
        return reason;
    }

    /** One sentence, Dutch unless {@code locale} is English, naming the file and its folder and what to do. */
    public String describe(Locale locale) {
        return new PdfMessages(locale).get("target." + reason.name().toLowerCase(Locale.ROOT).replace("_", ""),
                target.getFileName(), target.getParent(), nameBytes(target), MAX_NAME_BYTES);
    }
}
