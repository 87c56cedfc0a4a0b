package nl.personacanvas.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that fills byte arrays of a fixed size and hands each full one on, so bytes are copied
 * once, into the piece, and never to grow an array. What happens to a full piece is the subclass's job.
 */
abstract class PieceOutputStream extends OutputStream {
    /** The piece being filled, and how many of its bytes are written. */
    byte[] piece;
    int used;

    PieceOutputStream(int pieceBytes) {
        piece = new byte[pieceBytes];
    }

    /** {@link #piece} is full: hands it on and starts a new one ({@link #used} back to 0). */
    abstract void pieceFull() throws IOException;

    @Override
    public final void write(int b) throws IOException {
        if (used == piece.length) {
            pieceFull();
        }
        piece[used++] = (byte) b;
    }

    @Override
    public final void write(byte[] source, int offset, int count) throws IOException {
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
}
