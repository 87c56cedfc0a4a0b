package nl.personacanvas.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WorkbookStore} whose saves can be held at their first write, for tests in other packages of what a user
 * does while a save is under way (the window saves in the background). Not held until {@link #hold()}.
 */
public final class HeldSaves {
    private final WorkbookStore store;
    private volatile CountDownLatch arrived = new CountDownLatch(0);
    private volatile CountDownLatch released = new CountDownLatch(0);

    public HeldSaves(WorkbookCodec codec) {
        this.store = new WorkbookStore(codec, this::write);
    }

    public WorkbookStore store() {
        return store;
    }

    /** The next save waits at its first write until {@link #release()}. */
    public void hold() {
        arrived = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    /** Waits until a held save is at its first write: the file is being written, not yet replaced. */
    public void awaitHeldSave() throws InterruptedException {
        if (!arrived.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("No save reached the disk within 10 s");
        }
    }

    public void release() {
        released.countDown();
    }

    private void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        arrived.countDown();
        try {
            if (!released.await(30, TimeUnit.SECONDS)) {
                throw new IOException("A held save was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while held");
        }
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
