package nl.personacanvas.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A save that failed for a reason the user can act on, said in their language. The operating system's own
 * message named the hidden temporary file ({@code .werkboek.pcanvas8127….tmp}) in English, even in a Dutch
 * window, and never said what to do; the reason here names the folder or the file the user chose.
 */
public final class SaveFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Why; each has its sentence in the io bundle ({@code save.<reason>}), but for the bounds of the reader
     * ({@link #isOverALimit()}), which have one for each kind of bound ({@code save.toomany}, {@code save.portraitbytes} …).
     */
    public enum Reason { NO_FOLDER, IS_FOLDER, NAME_TOO_LONG, NO_PERMISSION, DISK_FULL, TOO_LONG, TOO_MANY, TOO_LARGE, AGAINST_A_RULE, OTHER }

    private final Reason reason;
    private final transient Path target;
    /** For a bound of the reader ({@link SaveLimits}): the sentence's key and what it says, what, where, how much. */
    private final transient FormatProblem overLimit;

    SaveFailedException(Reason reason, Path target, Throwable cause) {
        this(reason, target, cause, null);
    }

    private SaveFailedException(Reason reason, Path target, Throwable cause, FormatProblem overLimit) {
        super(cause == null ? reason + ": " + target + (overLimit == null ? "" : " " + overLimit.describe(Locale.ENGLISH))
                : cause.getMessage(), cause);
        this.reason = reason;
        this.target = target;
        this.overLimit = overLimit;
    }

    /**
     * A workbook past a bound of the reader (a text too long, a list too long, a portrait or the file too large):
     * saved, it could not be opened again. {@code args} may hold {@link FormatProblem}s, said in the same language.
     */
    static SaveFailedException overLimit(Reason reason, String key, Path target, List<Object> args) {
        return new SaveFailedException(reason, target, null, FormatProblem.of(key, args.toArray()));
    }

    /**
     * A workbook against a rule of the reader that is no bound and that the save cannot mend without loss
     * ({@link SaveRules}): saved, it could not be opened again. Said like a bound, so the window names it too.
     */
    static SaveFailedException againstARule(String key, Path target, List<Object> args) {
        return new SaveFailedException(Reason.AGAINST_A_RULE, target, null, FormatProblem.of(key, args.toArray()));
    }

    /** The failure of saving to {@code target}, told apart by what the file system says and shows now. */
    static SaveFailedException of(IOException failure, Path target) {
        return new SaveFailedException(reasonFor(failure, target), target, failure);
    }

    /** Refuses before anything is written: there is no folder to write into, or a folder stands at the file's place. */
    static void checkPlace(Path target) throws SaveFailedException {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SaveFailedException(Reason.NO_FOLDER, target, null);
        }
        if (Files.isDirectory(target)) {
            throw new SaveFailedException(Reason.IS_FOLDER, target, null);
        }
        if (tooLong(target)) {
            throw new SaveFailedException(Reason.NAME_TOO_LONG, target, null);
        }
        if (markedReadOnly(target)) {
            throw new SaveFailedException(Reason.NO_PERMISSION, target, null);
        }
    }

    /**
     * A file the user (or a colleague, or a school's file server) marked read-only: no write permission for anyone, or
     * Windows' read-only attribute. The save renames a new file over the old one, which the folder's permission
     * allows on Linux and macOS whatever the file's own, and an administrator's account may write anything: saved
     * over without a word, the mark was ignored (session 26). Asked the file's own marks, not whether this process
     * may write, so it holds for every account.
     */
    private static boolean markedReadOnly(Path target) {
        try {
            if (Files.getFileStore(target).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
                return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                        && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                        && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
            }
            DosFileAttributes dos = Files.readAttributes(target, DosFileAttributes.class);
            return dos.isReadOnly();
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no file yet, or no marks to read: the save itself finds out
        }
    }

    /** More bytes in the name than a file system holds (255 of UTF-8): the system said only "File name too long". */
    private static boolean tooLong(Path target) {
        return NameRoom.bytes(String.valueOf(target.getFileName())) > NameRoom.MAX_BYTES;
    }

    private static Reason reasonFor(IOException failure, Path target) {
        String said = String.valueOf(failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage())
                .toLowerCase(Locale.ROOT);
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Reason.NO_FOLDER; // deleted or unmounted while saving
        }
        if (Files.isDirectory(target)) {
            return Reason.IS_FOLDER;
        }
        if (tooLong(target) || said.contains("name too long")) {
            return Reason.NAME_TOO_LONG;
        }
        if (failure instanceof AccessDeniedException || said.contains("read-only") || said.contains("permission")) {
            return Reason.NO_PERMISSION;
        }
        if (said.contains("no space") || said.contains("not enough space") || said.contains("disk full")
                || said.contains("quota")) {
            return Reason.DISK_FULL;
        }
        return Reason.OTHER;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Whether the workbook itself is past a bound of the reader (too long, too many, too large) or against one of its
     * rules ({@link Reason#AGAINST_A_RULE}), not the place it goes: every save of it fails the same way until the user makes it smaller, wherever it goes.
     */
    public boolean isOverALimit() {
        return overLimit != null;
    }

    /** One sentence in Dutch for a Dutch locale and English otherwise, naming the folder or file. */
    public String describe(Locale locale) {
        if (overLimit != null) {
            return overLimit.describe(locale);
        }
        Path folder = target.getParent();
        Object where = folder == null ? target : folder;
        String detail = getCause() == null ? "" : String.valueOf(getCause() instanceof FileSystemException fs
                && fs.getReason() != null ? fs.getReason() : getCause().getMessage());
        return FormatProblem.of("save." + reason.name().toLowerCase(Locale.ROOT).replace("_", ""), where,
                target.getFileName(), detail, NameRoom.bytes(String.valueOf(target.getFileName())),
                NameRoom.MAX_BYTES).describe(locale);
    }
}
