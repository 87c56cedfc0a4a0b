package nl.personacanvas.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Finds the texts a JSON generator may take as they are. Most texts of a workbook are plain ASCII with
 * nothing to escape; the JDK's bulk conversion encodes them and the generator writes those bytes unchanged,
 * which is what its own character-by-character encoding would write, in a fraction of the time (that
 * encoding was half of serialising).
 */
final class PlainJsonText {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Longer texts (up to the format's limit) are rare; they take the generator's path without a copy. */
    private static final int MAX_LENGTH = 8 * 1024;

    private PlainJsonText() {
    }

    /**
     * The UTF-8 bytes of {@code value} if they need no escaping in a JSON string, else null (an accent, a
     * quote, a line break ...: the generator's own escaping handles those).
     */
    static byte[] bytesOf(String value) {
        if (value.length() > MAX_LENGTH) {
            return null;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return bytes.length == value.length() && nothingToEscape(bytes) ? bytes : null;
    }

    /**
     * No control character, quote or backslash in these ASCII bytes: the only ASCII the generator escapes. Nor a
     * question mark: {@code getBytes} writes one for half of a surrogate pair standing alone, which the generator's
     * path ({@link WellFormedStrings}) writes as U+FFFD instead (session 19).
     * Eight bytes at a time, with the word-wise byte tests of "Bit Twiddling Hacks" (exact for bytes below
     * 0x80, which ASCII is): a byte-by-byte loop was the largest part of writing a text.
     */
    static boolean nothingToEscape(byte[] ascii) {
        int i = 0;
        long found = 0;
        for (; i + Long.BYTES <= ascii.length; i += Long.BYTES) {
            long x = (long) LONGS.get(ascii, i);
            found |= anyByteBelow(x, ' ') | anyZeroByte(x ^ (ONES * '"')) | anyZeroByte(x ^ (ONES * '\\'))
                    | anyZeroByte(x ^ (ONES * '?'));
        }
        if (found != 0) {
            return false;
        }
        for (; i < ascii.length; i++) {
            byte b = ascii[i];
            if (b < ' ' || b == '"' || b == '\\' || b == '?') {
                return false;
            }
        }
        return true;
    }

    /** Non-zero if a byte of {@code x} (all below 0x80) is below {@code n} (at most 0x80). */
    private static long anyByteBelow(long x, int n) {
        return (x - ONES * n) & ~x & HIGHS;
    }

    /** Non-zero if a byte of {@code x} is zero. */
    private static long anyZeroByte(long x) {
        return (x - ONES) & ~x & HIGHS;
    }
}
