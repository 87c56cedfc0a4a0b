package nl.personacanvas.io;

import java.nio.ByteBuffer;
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

    private StrictUtf8() {
    }

    /** The text, with a leading UTF-8 byte order mark dropped. */
    static String decode(byte[] bytes) throws WorkbookFormatException {
        String other = otherUnicodeEncoding(bytes);
        if (other != null) {
            throw WorkbookFormatException.at("error.encoding", 1, 1, null, other);
        }
        int start = hasUtf8Bom(bytes) ? BOM_LENGTH : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // Checked through a small buffer, then decoded once: a 20 MB file costs no second copy in chars.
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
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    private static WorkbookFormatException invalidAt(byte[] bytes, int start, int offset) {
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

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= BOM_LENGTH && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * The name of the UTF-16 or UTF-32 encoding the bytes are in, recognised by a byte order mark or by
     * the zero bytes that ASCII JSON gets in those encodings; null when neither applies.
     */
    private static String otherUnicodeEncoding(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
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

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
