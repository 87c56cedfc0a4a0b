package nl.personacanvas.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.personacanvas.model.Workbook;

/**
 * Workbook files on disk. Saving never leaves a half-written or missing file: the bytes go to a
 * temporary file in the same folder and are forced to the disk; the old file is first kept as
 * {@code <name>.bak}; only then does the new file replace the old one in one atomic move.
 * At every moment the target holds either the complete old or the complete new workbook. A file with a second name
 * (hard link) is written into instead, after the same steps, so both names keep showing it (see {@link HardLinks}).
 */
public final class WorkbookStore {
    public static final String EXTENSION = ".pcanvas";
    public static final String BACKUP_SUFFIX = ".bak";

    /** Writes all bytes to a channel; a seam so tests can fail a save halfway, as a full disk would. */
    interface ChannelWriter {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    private final WorkbookCodec codec;
    private final ChannelWriter writer;

    public WorkbookStore(WorkbookCodec codec) {
        this(codec, WorkbookStore::writeFully);
    }

    WorkbookStore(WorkbookCodec codec, ChannelWriter writer) {
        this.codec = codec;
        this.writer = writer;
    }

    /**
     * Reads and checks a workbook file. I/O failures (missing, unreadable, a folder) are
     * {@link IOException}s; content that is not a valid workbook is a {@link WorkbookFormatException}.
     */
    public Workbook load(Path file) throws IOException, WorkbookFormatException {
        return loadTracked(file).workbook();
    }

    /** A workbook as read, and the fingerprint of the bytes it was read from. */
    public record Loaded(Workbook workbook, FileFingerprint fingerprint) {
    }

    /**
     * Like {@link #load}, also fingerprinting the very bytes that were parsed, so a later
     * {@link #saveOver} can tell whether someone else changed the file meanwhile.
     */
    public Loaded loadTracked(Path file) throws IOException, WorkbookFormatException {
        if (Files.isDirectory(file)) {
            throw new java.nio.file.FileSystemException(file.toString(), null, "is a directory");
        }
        byte[] bytes = readBounded(file, Limits.MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            long size = Math.max(Files.size(file), bytes.length);
            throw new WorkbookFormatException("error.tooLarge", WorkbookCodec.megabytes(size),
                    Limits.MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        // Hashing the bytes needs nothing from parsing them, so it runs alongside on a second core.
        FutureTask<String> hash = new FutureTask<>(() -> FileFingerprint.hash(bytes));
        Thread hasher = new Thread(hash, "workbook-hash");
        hasher.setDaemon(true);
        hasher.start();
        Workbook workbook = codec.read(bytes);
        return new Loaded(workbook, new FileFingerprint(bytes.length, Files.getLastModifiedTime(file), result(hash)));
    }

    /**
     * At most {@code max} bytes of the file. The size on disk is only a hint (devices, pipes, files still
     * growing), but an array of that size filled in one go spares the copies of reading in small pieces.
     */
    private static byte[] readBounded(Path file, int max) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            byte[] bytes = new byte[(int) Math.min(Math.max(channel.size(), 0), max)];
            int filled = 0;
            ByteBuffer probe = ByteBuffer.allocate(1);
            while (filled < max) {
                if (filled < bytes.length) {
                    int read = channel.read(ByteBuffer.wrap(bytes, filled, bytes.length - filled));
                    if (read < 0) {
                        return Arrays.copyOf(bytes, filled);
                    }
                    filled += read;
                } else if (channel.read(probe.clear()) < 0) {
                    return bytes; // as long as the size said: the usual case, with no copy
                } else {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(2L * bytes.length, 8192), max));
                    bytes[filled++] = probe.get(0);
                }
            }
            return bytes;
        }
    }

    private static String result(FutureTask<String> hash) throws IOException {
        try {
            return hash.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while opening");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Hashing bytes in memory cannot fail", e.getCause());
        }
    }

    /**
     * The backup the previous save left next to {@code file}: {@code <name>.bak}; for a name with no room for the
     * suffix (near 255 bytes), as much of the name as leaves room for it.
     */
    public static Path backupOf(Path file) {
        return file.resolveSibling(NameRoom.fitting(file.getFileName().toString(), BACKUP_SUFFIX.length()) + BACKUP_SUFFIX);
    }

    /**
     * How the hidden temporary files of a save of {@code file} begin: a dot and its name, shortened where a long name
     * leaves no room for the number drawn (up to 19 digits) and {@code .bak.tmp}.
     */
    static String temporaryPrefix(Path file) {
        return "." + NameRoom.fitting(file.getFileName().toString(), 1 + 19 + ".bak.tmp".length());
    }

    /**
     * Saves over {@code file} only if it still holds what {@code expected} describes; otherwise leaves it
     * as it is and throws {@link FileChangedException}, so a colleague's changes are never overwritten
     * silently. The file is read and compared while the workbook is being serialised, and checked once more
     * right before the backup is kept and the new file takes the old one's place (see {@link DiskCheck}).
     */
    public FileFingerprint saveOver(Workbook workbook, Path file, FileFingerprint expected) throws IOException {
        return saveTracked(workbook, file, expected).fingerprint();
    }

    /** Saves, replacing whatever {@code file} holds; returns the fingerprint of the file written. */
    public FileFingerprint save(Workbook workbook, Path file) throws IOException {
        return saveTracked(workbook, file, null).fingerprint();
    }

    /**
     * A workbook as written: what the file now holds (the workbook saved, or the copy of it {@link SaveRules} mended,
     * when it had to) and the fingerprint of the file.
     */
    public record Saved(Workbook workbook, FileFingerprint fingerprint) {
    }

    /**
     * Saves as {@link #saveOver} does when {@code expected} is given, else as {@link #save}, and tells what was
     * written: a window takes up the mended workbook, so that it shows what its file holds.
     */
    public Saved saveTracked(Workbook workbook, Path file, FileFingerprint expected) throws IOException {
        return write(workbook, file, expected);
    }

    /**
     * {@code wb} as a save would write it, as far as the mending goes ({@link SaveRules}: what a save refuses is left
     * as it is): for edits made while a save was under way, so they are taken up mended as the save's workbook was.
     */
    public static Workbook asWritten(Workbook wb) {
        return SaveRules.asWritten(wb);
    }

    /**
     * The workbook is serialised straight into the temporary file, which a helper thread writes, hashes and
     * forces to disk (see {@link BackgroundFileWriter}), while another compares the file on disk with
     * {@code expected} (when given). Only when the new file is on disk does this thread keep the old one as the
     * backup and let the new one take its place: a save that fails leaves both the file and its backup as they were.
     */
    private Saved write(Workbook inWindow, Path file, FileFingerprint expected) throws IOException {
        Path target = SafeReplace.resolveLinks(file.toAbsolutePath());
        SaveFailedException.checkPlace(target);
        Workbook workbook = SaveRules.mended(inWindow, target);
        SaveLimits.check(workbook, target);
        try {
            return new Saved(workbook, writeChecked(workbook, file, target, expected));
        } catch (FileChangedException | InterruptedIOException | SaveFailedException e) {
            // the window asks about a colleague's change; a given-up save is no failure to explain; a workbook too
            // large for the reader already says so
            throw e;
        } catch (IOException e) {
            throw SaveFailedException.of(e, target);
        }
    }

    private FileFingerprint writeChecked(Workbook workbook, Path file, Path target, FileFingerprint expected)
            throws IOException {
        Path dir = target.getParent();
        Path tmp = SafeReplace.freeName(dir, temporaryPrefix(target), ".tmp");
        BackgroundFileWriter.Written written;
        DiskCheck check = expected == null ? null : DiskCheck.start(expected, file);
        try {
            boolean exists;
            boolean linked;
            // Not Files.createTempFile: its owner-only permissions would end up on the saved workbook and
            // lock colleagues out of a file on a shared drive. A new file gets the folder's usual ones.
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                BackgroundFileWriter out = new BackgroundFileWriter(ch, writer);
                try {
                    SaveLimits.CappedOutput capped = new SaveLimits.CappedOutput(out, target);
                    codec.write(workbook, capped);
                    capped.confirm();
                    out.close();
                    if (check != null) {
                        check.confirm();
                    }
                    // The backup is kept only once the new content is written and forced: kept earlier (alongside
                    // the helper's writing), a save that then failed on a full disk had already replaced the older
                    // backup with the file it left untouched, and the version before it was gone.
                    written = out.await();
                    exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
                    linked = exists && HardLinks.shared(target);
                    if (exists && !SafeReplace.holdsNothing(target)) {
                        // A linked file is written into below: a backup linked to it would change with it.
                        SafeReplace.keepBackup(target, dir, linked);
                    }
                } finally {
                    out.abort();
                }
            }
            if (!linked || !HardLinks.writeInPlace(tmp, target, writer)) {
                if (exists) {
                    SafeReplace.keepPermissions(target, tmp);
                }
                SafeReplace.move(tmp, target);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        SafeReplace.syncDirectory(dir);
        return new FileFingerprint(written.size(), Files.getLastModifiedTime(target), written.sha256());
    }

    /**
     * Deletes temporary files an interrupted save (power cut, killed process) left next to {@code file}.
     * Only files older than a minute go, so a save still running in another copy of the app is not
     * disturbed. They never replace the workbook: they are hidden, and end in {@code .tmp}, not in
     * {@value #EXTENSION}.
     */
    public static int removeLeftovers(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Pattern temp = Pattern.compile(Pattern.quote(temporaryPrefix(target)) + "\\d+(\\.bak)?\\.tmp");
        long cutoff = System.currentTimeMillis() - 60_000;
        int removed = 0;
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                if (temp.matcher(p.getFileName().toString()).matches()
                        && Files.getLastModifiedTime(p).toMillis() < cutoff && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
