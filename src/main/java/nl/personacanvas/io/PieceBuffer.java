package nl.personacanvas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes kept in memory as a list of pieces, so they are never copied to grow one array, and a
 * {@link BackgroundFileWriter} can take the pieces themselves instead of copies.
 */
final class PieceBuffer extends OutputStream {
    static final int PIECE_BYTES = 64 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] piece = new byte[PIECE_BYTES];
    private int used;

    @Override
    public void write(int b) {
        if (used == piece.length) {
            next();
        }
        piece[used++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int count) {
        while (count > 0) {
            if (used == piece.length) {
                next();
            }
            int n = Math.min(count, piece.length - used);
            System.arraycopy(source, offset, piece, used, n);
            used += n;
            offset += n;
            count -= n;
        }
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

    private void next() {
        full.add(piece);
        piece = new byte[PIECE_BYTES];
        used = 0;
    }
}
