package nl.personacanvas.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One running app's hold on a recovery copy: an operating-system lock on {@code .~<name>.claim} in the app's own
 * recovery folder. Taking it is atomic, so two copies of the app starting in the same milliseconds cannot both take
 * the same name (checking a {@link WorkbookLock} file and then writing one left a moment in which both could), and
 * the system lets go of it when the process ends, also in a crash, so it is never stale. The {@link WorkbookLock}
 * stays beside it for older versions of the app, which read only that. The claim file is never deleted: deleting a
 * locked file would let a second app lock a new file of the same name while the first still holds the old one.
 */
final class RecoveryClaim implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RecoveryClaim(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The claim on {@code copy}, or empty when another running app (or another claim in this one) holds it. */
    static Optional<RecoveryClaim> tryTake(Path copy) throws IOException {
        Path file = copy.resolveSibling(".~" + copy.getFileName() + ".claim");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            // A range past any content: on Windows a locked range cannot be read by others, and nothing is read here.
            FileLock lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false);
            if (lock != null) {
                return Optional.of(new RecoveryClaim(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by this same process, through another RecoveryFiles: taken all the same.
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel, at the latest when the process ends.
        }
    }
}
