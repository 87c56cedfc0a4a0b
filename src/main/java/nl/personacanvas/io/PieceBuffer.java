package nl.personacanvas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes kept in memory as a list of pieces, so they are never copied to grow one array, and a
 * {@link BackgroundFileWriter} can take the pieces themselves instead of copies.
 */
final class PieceBuffer extends PieceOutputStream {
    static final int PIECE_BYTES = 64 * 1024;

    private final List<byte[]> full = new ArrayList<>();

    PieceBuffer() {
        super(PIECE_BYTES);
    }

    /** Gives the bytes to {@code sink}, in order; this buffer is not to be written to any more. */
    void writeTo(OutputStream sink) throws IOException {
        if (sink instanceof BackgroundFileWriter writer) {
            for (byte[] p : full) {
                writer.writePiece(p, p.length);
            }
            writer.writePiece(piece, used);
        } else {
            for (byte[] p : full) {
                sink.write(p);
            }
            sink.write(piece, 0, used);
        }
    }

    @Override
    void pieceFull() {
        full.add(piece);
        piece = new byte[PIECE_BYTES];
        used = 0;
    }
}
