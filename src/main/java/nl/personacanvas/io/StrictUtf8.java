package nl.personacanvas.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text, accepting only UTF-8. Done before JSON parsing because Jackson would
 * otherwise guess UTF-16 or UTF-32 from the first bytes and quietly read files the format does not allow.
 */
final class StrictUtf8 {
    private static final int BOM_LENGTH = 3;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private StrictUtf8() {
    }

    /** The text, with a leading UTF-8 byte order mark dropped. */
    static String decode(byte[] bytes) throws WorkbookFormatException {
        int start = textStart(bytes);
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Where the text starts (after a UTF-8 byte order mark), once the bytes are known to be strict UTF-8;
     * throws, naming the place of the first bad byte, when they are not. No text is built, so a parser can
     * read the bytes themselves.
     */
    static int textStart(byte[] bytes) throws WorkbookFormatException {
        String other = otherUnicodeEncoding(bytes);
        if (other != null) {
            throw WorkbookFormatException.at("error.encoding", 1, 1, null, other);
        }
        int start = hasUtf8Bom(bytes) ? BOM_LENGTH : 0;
        if (!wellFormed(bytes, start)) {
            rejectMalformed(bytes, start);
        }
        return start;
    }

    /**
     * Well-formed UTF-8 as RFC 3629 defines it (no overlong forms, surrogates or code points past U+10FFFF),
     * as the JDK's decoder checks it, but with runs of ASCII, most of a workbook, taken eight bytes at a time.
     */
    private static boolean wellFormed(byte[] b, int from) {
        int n = b.length;
        int i = from;
        while (i < n) {
            while (i + Long.BYTES <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i >= n) {
                break;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
            } else if (c < 0xC2) {
                return false;
            } else if (c < 0xE0) {
                if (i + 1 >= n || !continuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 >= 0xA0) {
                    return false;
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= n || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 >= 0x90) {
                    return false;
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Finds the first bad byte with the JDK's own decoder, which has the last word, and throws for it. */
    private static void rejectMalformed(byte[] bytes, int start) throws WorkbookFormatException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // Through a small buffer: a 20 MB file costs no copy in chars.
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            out.clear();
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw invalidAt(bytes, start, in.position());
        }
    }

    private static WorkbookFormatException invalidAt(byte[] bytes, int start, int offset) {
        if (!startsAsText(bytes, start, offset)) {
            // A picture, a PDF or a word processor's file picked by mistake: its first bytes are not text at all,
            // and a byte offset would mean nothing to the teacher who chose it.
            return WorkbookFormatException.at("error.notText", 0, 0, null);
        }
        // Everything before the bad byte decoded cleanly, so line and column can be counted on it.
        String before = new String(bytes, start, offset - start, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String hex = String.format("%02X", bytes[offset] & 0xFF);
        return WorkbookFormatException.at("error.invalidUtf8", line, before.length() - lineStart + 1, null, hex, Integer.toString(offset));
    }

    /** Whether the readable bytes before the first bad one begin a workbook's JSON (an opening brace). */
    private static boolean startsAsText(byte[] bytes, int start, int offset) {
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '{') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return BytePrefix.startsWith(b, 0xEF, 0xBB, 0xBF);
    }

    /**
     * The name of the UTF-16 or UTF-32 encoding the bytes are in, recognised by a byte order mark or by
     * the zero bytes that ASCII JSON gets in those encodings; null when neither applies.
     */
    private static String otherUnicodeEncoding(byte[] b) {
        if (BytePrefix.startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || BytePrefix.startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (BytePrefix.startsWith(b, 0xFE, 0xFF) || BytePrefix.startsWith(b, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        if (b.length >= 4 && (b[0] == 0 && b[1] == 0 && b[2] == 0 || b[1] == 0 && b[2] == 0 && b[3] == 0)) {
            return "UTF-32";
        }
        if (b.length >= 2 && (b[0] == 0 || b[1] == 0)) {
            return "UTF-16";
        }
        return null;
    }
}
