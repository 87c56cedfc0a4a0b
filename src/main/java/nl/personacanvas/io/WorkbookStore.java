package nl.personacanvas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import nl.personacanvas.model.Workbook;

/**
 * Workbook files on disk. Saving never leaves a half-written or missing file: the bytes go to a
 * temporary file in the same folder and are forced to the disk; the old file is first copied to
 * {@code <name>.bak} the same way; only then does the new file replace the old one in one atomic move.
 * At every moment the target holds either the complete old or the complete new workbook.
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
        if (Files.isDirectory(file)) {
            throw new java.nio.file.FileSystemException(file.toString(), null, "is a directory");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded read: the size on disk can lie (devices, pipes, files still growing).
            bytes = in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        }
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            long size = Math.max(Files.size(file), bytes.length);
            throw new WorkbookFormatException("error.tooLarge", WorkbookCodec.megabytes(size),
                    Limits.MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        return codec.read(bytes);
    }

    /** The backup the previous save left next to {@code file}: {@code <name>.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    public void save(Workbook workbook, Path file) throws IOException {
        byte[] bytes = codec.write(workbook);
        Path target = resolveLinks(file.toAbsolutePath());
        Path dir = target.getParent();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Path backupTmp = Files.createTempFile(dir, "." + target.getFileName(), ".bak.tmp");
            try {
                Files.copy(target, backupTmp, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel ch = FileChannel.open(backupTmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
                move(backupTmp, backupOf(target));
            } finally {
                Files.deleteIfExists(backupTmp);
            }
        }
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(ch, ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(dir);
    }

    private static void writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Saving over a symbolic link updates the file it points to and keeps the link. */
    private static Path resolveLinks(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FAT file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the OS allows opening a folder (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this platform; the file's own data was already forced.
        }
    }
}
