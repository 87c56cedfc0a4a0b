package nl.personacanvas.io;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One persona's JSON object exactly as it stands in the file's list of personas (UTF-8, indented as deep
 * as the list), so a generator can write it as a raw value and keep its own bookkeeping of separators.
 * The bytes are either the writer's own or a range of a file read ({@link #inFile}), which is copied out
 * only when a save needs it as an array of its own. The generator only uses the unquoted UTF-8 forms; the
 * character forms are there because the interface asks for them and decode the bytes on demand.
 */
final class SerialisedPersona implements SerializableString {
    private final byte[] source;
    private final int offset;
    private final int length;
    /**
     * The bytes as an array of their own, made on first need for a range of a file. Racy but harmless:
     * two threads may each make an equal copy, and either serves.
     */
    private byte[] exact;

    SerialisedPersona(byte[] utf8) {
        this.source = utf8;
        this.offset = 0;
        this.length = utf8.length;
        this.exact = utf8;
    }

    private SerialisedPersona(byte[] file, int offset, int length) {
        this.source = file;
        this.offset = offset;
        this.length = length;
    }

    /**
     * The bytes {@code file[offset..offset+length)}, kept where they are: opening a file costs no copy,
     * and {@code file} must not change afterwards.
     */
    static SerialisedPersona inFile(byte[] file, int offset, int length) {
        return new SerialisedPersona(file, offset, length);
    }

    private byte[] utf8() {
        byte[] bytes = exact;
        if (bytes == null) {
            bytes = Arrays.copyOfRange(source, offset, offset + length);
            exact = bytes;
        }
        return bytes;
    }

    @Override
    public String getValue() {
        return new String(source, offset, length, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
        return JsonStringEncoder.getInstance().quoteAsString(getValue());
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return copy(asQuotedUTF8(), buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return copy(asQuotedChars(), buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int at) {
        if (at + length > buffer.length) {
            return -1;
        }
        System.arraycopy(source, offset, buffer, at, length);
        return length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return copy(getValue().toCharArray(), buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        byte[] quoted = asQuotedUTF8();
        out.write(quoted);
        return quoted.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(source, offset, length);
        return length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return put(asQuotedUTF8(), buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (length > buffer.remaining()) {
            return -1;
        }
        buffer.put(source, offset, length);
        return length;
    }

    /** The interface's contract: -1, and nothing copied, when the bytes do not fit. */
    private static int copy(byte[] from, byte[] to, int offset) {
        if (offset + from.length > to.length) {
            return -1;
        }
        System.arraycopy(from, 0, to, offset, from.length);
        return from.length;
    }

    private static int copy(char[] from, char[] to, int offset) {
        if (offset + from.length > to.length) {
            return -1;
        }
        System.arraycopy(from, 0, to, offset, from.length);
        return from.length;
    }

    private static int put(byte[] from, ByteBuffer to) {
        if (from.length > to.remaining()) {
            return -1;
        }
        to.put(from);
        return from.length;
    }
}
