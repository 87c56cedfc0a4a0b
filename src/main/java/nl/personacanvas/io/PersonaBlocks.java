package nl.personacanvas.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import nl.personacanvas.model.Persona;

/**
 * The personas of a large workbook, serialised in blocks by the calling thread and a helper, each taking
 * the next block nobody has taken yet; the caller passes every finished block on to the file as soon as
 * all blocks before it are. So the file grows steadily while serialising runs (and the disk can start
 * on it, see {@link BackgroundFileWriter}), what is left to write when serialising ends is one block
 * instead of half the workbook, and when the machine is busy and the helper gets little time, the caller
 * simply takes more blocks.
 */
final class PersonaBlocks {
    /** Serialises one block into memory; the very first persona opens the list, the others follow a separator. */
    interface Serialiser {
        void write(List<Persona> block, boolean opensList, OutputStream into) throws IOException;
    }

    private final List<Persona> personas;
    private final int blockSize;
    private final Serialiser serialiser;
    private final CompletableFuture<PieceBuffer>[] blocks;
    private final AtomicInteger nextBlock = new AtomicInteger();
    private volatile boolean givenUp;

    @SuppressWarnings("unchecked")
    private PersonaBlocks(List<Persona> personas, int blockSize, Serialiser serialiser) {
        this.personas = personas;
        this.blockSize = blockSize;
        this.serialiser = serialiser;
        this.blocks = new CompletableFuture[(personas.size() + blockSize - 1) / blockSize];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new CompletableFuture<>();
        }
    }

    /** Writes the personas' bytes into {@code sink} in their order, {@code blockSize} personas a block. */
    static void write(List<Persona> personas, int blockSize, Serialiser serialiser, OutputStream sink)
            throws IOException {
        new PersonaBlocks(personas, blockSize, serialiser).write(sink);
    }

    private void write(OutputStream sink) throws IOException {
        Thread helper = new Thread(this::help, "workbook-serialise");
        helper.setDaemon(true);
        helper.start();
        try {
            int passed = 0;
            for (int i = nextBlock.getAndIncrement(); i < blocks.length; i = nextBlock.getAndIncrement()) {
                serialise(i);
                while (passed < blocks.length && blocks[passed].isDone()) {
                    passOn(passed++, sink);
                }
            }
            while (passed < blocks.length) {
                passOn(passed++, sink);
            }
        } finally {
            givenUp = true;
        }
    }

    private void help() {
        for (int i = nextBlock.getAndIncrement(); i < blocks.length && !givenUp; i = nextBlock.getAndIncrement()) {
            serialise(i);
        }
    }

    private void serialise(int block) {
        PieceBuffer bytes = new PieceBuffer();
        int from = block * blockSize;
        try {
            serialiser.write(personas.subList(from, Math.min(from + blockSize, personas.size())), block == 0, bytes);
            blocks[block].complete(bytes);
        } catch (IOException | RuntimeException | Error e) {
            // Even an Error (out of memory) must reach the caller, or it would wait for this block forever.
            blocks[block].completeExceptionally(e);
        }
    }

    /** Waits for the block if the helper is still at it, then hands its bytes on and lets go of them. */
    private void passOn(int block, OutputStream sink) throws IOException {
        try {
            blocks[block].get().writeTo(sink);
            blocks[block] = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while saving");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            } else if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
