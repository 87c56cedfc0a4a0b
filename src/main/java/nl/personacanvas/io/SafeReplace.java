package nl.personacanvas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The file system's steps that keep a save safe, in the order {@link WorkbookStore} takes them: the file a link
 * points to, a temporary name nothing has yet, the old file kept as the backup (unless it holds nothing), its
 * permissions carried over, the one atomic move, and the folder forced to disk.
 */
final class SafeReplace {
    private SafeReplace() {
    }

    /**
     * Makes the file about to be replaced the backup. A second name (hard link) for the old file costs
     * nothing and needs no forcing to disk, as its content already was when it was saved; where links are
     * not supported (FAT, some network shares) it is copied and forced instead; so is a file that is about to be
     * written into ({@code copy}: a linked file, see {@link HardLinks}).
     */
    static void keepBackup(Path target, Path dir, boolean copy) throws IOException {
        Path backupTmp = freeName(dir, WorkbookStore.temporaryPrefix(target), ".bak.tmp");
        try {
            if (copy || !linked(backupTmp, target)) {
                Files.copy(target, backupTmp, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel ch = FileChannel.open(backupTmp, StandardOpenOption.WRITE)) {
                    ch.force(true);
                }
            }
            move(backupTmp, WorkbookStore.backupOf(target));
        } finally {
            Files.deleteIfExists(backupTmp);
        }
    }

    private static boolean linked(Path link, Path target) throws IOException {
        try {
            Files.createLink(link, target);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(link);
            return false;
        }
    }

    /**
     * A file emptied behind the window (0 bytes, or only blanks and NULs, as a crash or a full disk can leave it) holds
     * no words: made the backup, it replaced the last good one, the only copy of the work before this save. It is not
     * kept, and the previous backup stays. A damaged but non-blank file still is: it may hold words the backup lacks,
     * and telling a workbook from a damaged one would mean parsing the old file on every save. Reading stops at the
     * first other byte, the first byte of any workbook. A file that cannot be read is kept, as before.
     */
    static boolean holdsNothing(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer.clear()) >= 0) {
                for (int i = 0; i < buffer.position(); i++) {
                    byte b = buffer.get(i);
                    if (b != 0 && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes a small properties file (a recovery copy's note, the sort dialog's statements) under {@code tmp}, forces
     * it to disk and moves it over {@code target} in one step, so a reader finds the old file or the new one whole.
     */
    static void writeProperties(Properties info, String comment, Path tmp, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(tmp)) {
            info.store(out, comment);
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A name for a temporary file in {@code dir} that nothing has yet. */
    static Path freeName(Path dir, String prefix, String suffix) {
        Path candidate;
        do {
            candidate = dir.resolve(prefix + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + suffix);
        } while (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS));
        return candidate;
    }

    /** Saving replaces the file; whoever could read or write it before still can. */
    static void keepPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    /**
     * Saving over a symbolic link updates the file it points to and keeps the link. A link whose file is gone
     * (moved by a sync tool, a drive not mounted) gets that file written anew: saving used to fail on reading the
     * missing file's permissions, after it had already made a second, dangling link as the backup.
     */
    static Path resolveLinks(Path target) throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return target;
        }
        if (Files.exists(target)) {
            return target.toRealPath();
        }
        Path pointsTo = target.getParent().resolve(Files.readSymbolicLink(target)).normalize();
        return Files.isSymbolicLink(pointsTo) ? target : pointsTo; // a chain or loop of links is left as it was
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FAT file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the OS allows opening a folder (not on Windows). */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this platform; the file's own data was already forced.
        }
    }
}
