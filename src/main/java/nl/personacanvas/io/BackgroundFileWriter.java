package nl.personacanvas.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;

/**
 * A file's bytes, written to its channel on a helper thread while they are still being produced.
 * Serialising a large workbook and writing it out are of about the same cost; overlapped, a save takes
 * about the longer of the two instead of their sum. After {@link #close()} the helper forces the file to
 * disk while the caller does other work; {@link #await()} hashes what was written (for the
 * {@link FileFingerprint}) while the disk is still busy, since forcing leaves the processor idle where
 * hashing earlier would have competed with serialising. Not for use by more than one producing thread.
 */
final class BackgroundFileWriter extends OutputStream {
    /** Written out in pieces this large: big enough for few system calls, small enough to start early. */
    private static final int CHUNK_BYTES = 256 * 1024;
    /** Bounds the memory a save holds when the disk is slower than serialising. */
    private static final int CHUNKS_QUEUED = 8;
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    /** What was written and forced: its size and SHA-256. */
    record Written(long size, String sha256) {
    }

    private final FileChannel channel;
    private final WorkbookStore.ChannelWriter writer;
    private final BlockingQueue<ByteBuffer> queue = new ArrayBlockingQueue<>(CHUNKS_QUEUED);
    /** The pieces in the order written, kept to be hashed; the helper adds, the caller reads after {@link #written}. */
    private final List<ByteBuffer> pieces = new ArrayList<>();
    /** Counted down when the helper has written every piece (or given up) and starts forcing. */
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread helper;
    private volatile Throwable failure;
    /** The piece being filled, and how many of its bytes are written: bytes are copied once, into the piece. */
    private byte[] piece = new byte[CHUNK_BYTES];
    private int used;
    private long size;
    private boolean closed;

    BackgroundFileWriter(FileChannel channel, WorkbookStore.ChannelWriter writer) {
        this.channel = channel;
        this.writer = writer;
        this.helper = new Thread(this::writeOut, "workbook-save");
        helper.setDaemon(true);
        helper.start();
    }

    @Override
    public void write(int b) throws IOException {
        if (used == piece.length) {
            pieceFull();
        }
        piece[used++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int count) throws IOException {
        while (count > 0) {
            if (used == piece.length) {
                pieceFull();
            }
            int n = Math.min(count, piece.length - used);
            System.arraycopy(source, offset, piece, used, n);
            used += n;
            offset += n;
            count -= n;
        }
    }

    /** The last bytes go out and the file is forced to disk, on the helper thread; see {@link #await()}. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            if (used > 0) {
                pieceFull();
            }
            put(END);
        }
    }

    /** Waits until everything is written and forced to disk; rethrows what went wrong doing so. */
    Written await() throws IOException {
        close();
        try {
            written.await();
            String sha256 = failure == null ? hash() : null;
            helper.join();
            rethrowFailure();
            return new Written(size, sha256);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while saving");
        }
    }

    private String hash() {
        MessageDigest digest = FileFingerprint.newDigest();
        for (ByteBuffer piece : pieces) {
            digest.update(piece.array(), 0, piece.limit());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Stops the helper if it still runs (the save is given up); harmless after {@link #await()}. */
    void abort() {
        boolean interrupted = false;
        while (helper.isAlive()) {
            helper.interrupt();
            try {
                helper.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands the filled piece to the helper and starts a new one. */
    private void pieceFull() throws IOException {
        rethrowFailure();
        put(ByteBuffer.wrap(piece, 0, used));
        size += used;
        piece = new byte[CHUNK_BYTES];
        used = 0;
    }

    private void put(ByteBuffer piece) throws IOException {
        try {
            queue.put(piece);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while saving");
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable e = failure;
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException runtime) {
            throw runtime;
        } else if (e instanceof Error error) {
            throw error;
        }
    }

    /**
     * The helper's loop. After a failure it keeps taking pieces without writing them, so the producer
     * never blocks on a full queue; the producer sees the failure at its next hand-off.
     */
    private void writeOut() {
        try {
            try {
                for (ByteBuffer piece; (piece = queue.take()) != END; ) {
                    if (failure == null) {
                        write(piece);
                    }
                }
            } finally {
                written.countDown();
            }
            if (failure == null) {
                channel.force(true);
            }
        } catch (InterruptedException e) {
            if (failure == null) {
                failure = new InterruptedIOException("Saving was stopped");
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private void write(ByteBuffer piece) {
        try {
            writer.write(channel, piece.duplicate());
            pieces.add(piece);
        } catch (IOException | RuntimeException | Error e) {
            // Even an Error (out of memory) must reach the producer, or it would wait on a full queue.
            failure = e;
        }
    }
}
