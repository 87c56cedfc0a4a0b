package nl.personacanvas.check;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.io.BytePrefix;

/**
 * Reads the statements of a .txt or .csv file as a spreadsheet or text editor on a teacher's laptop saves them. Excel
 * writes "CSV UTF-8" with a byte order mark, which read as UTF-8 stuck to the first field: the header "text" was no
 * longer recognised and came out as a statement. Plain "CSV" and Notepad's older "ANSI" are Windows-1252, which read
 * as UTF-8 failed on the first "ë" ("Input length = 1"). "Unicode text" is UTF-16 with a byte order mark; UTF-16
 * without one and UTF-32 with one are recognised too (session 22). A UTF-8 file with a stray Windows-1252 byte is
 * decided character by character (session 23, rob23; line by line since session 22).
 */
public final class StatementFiles {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private StatementFiles() {
    }

    /**
     * Some 100,000 statements: far more than any workshop's sticky notes, far less than the window's memory. A larger
     * file (a database export named .csv, chosen by mistake) was read whole: over 2 GB the dialog showed Java's own
     * "OutOfMemoryError" in English, and a few hundred megabytes filled the memory of the window holding the workbook.
     */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** A file refused from its size, before it is read. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;

        TooLarge(Path file, long size) {
            super(file + ": " + size + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    /** The app's sort dialog and the {@code sort} command read a file alike (one class since session 24). */
    public static List<String> read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new TooLarge(file, size);
        }
        StringReader text = new StringReader(decode(Files.readAllBytes(file)));
        return StatementInput.isCsv(file.getFileName().toString()) ? StatementInput.csv(text) : StatementInput.lines(text);
    }

    static String decode(byte[] bytes) {
        if (BytePrefix.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        // Before UTF-16's: UTF-32 little-endian's mark begins with it, and was read as UTF-16 with a NUL after every letter.
        if (BytePrefix.startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32LE"));
        }
        if (BytePrefix.startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new String(bytes, 4, bytes.length - 4, Charset.forName("UTF-32BE"));
        }
        if (BytePrefix.startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (BytePrefix.startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        Charset unmarked = utf16WithoutMark(bytes);
        if (unmarked != null) {
            return new String(bytes, unmarked);
        }
        return utf8OrWindows1252PerCharacter(bytes);
    }

    /**
     * UTF-8 where the bytes are UTF-8, Windows-1252 for each byte that is not. The whole file was read as Windows-1252
     * when any byte was not UTF-8: one curly quote pasted from an old document into a UTF-8 list turned every "ë" and
     * "é" of every line into "Ã«" and "Ã©" (decided per line since rob22b, and per character since rob23: a line with a
     * UTF-8 "ë" and such a quote was still read wholly as Windows-1252). A file wholly in Windows-1252 reads as before:
     * a byte of it above 0x7F is, but for a rare pair such as "Ã«", no part of a UTF-8 character.
     */
    private static String utf8OrWindows1252PerCharacter(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            // Malformed: these bytes are no UTF-8 character; each is one Windows-1252 character.
            int length = result.length();
            out.put(new String(bytes, in.position(), length, WINDOWS_1252));
            in.position(in.position() + length);
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    /**
     * UTF-16 written without a byte order mark (some tools' "Unicode"): every Latin letter, digit, space and line end has
     * a NUL beside it, which no text file of another encoding holds. It is valid UTF-8 as it stands, so it was read as
     * statements with a NUL between their letters (and, with its high bytes, garbled accents). Looks at the first 4 KB.
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        int nulFirst = 0;
        int nulSecond = 0;
        for (int i = 0; i < pairs; i++) {
            nulFirst += bytes[2 * i] == 0 ? 1 : 0;
            nulSecond += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (pairs == 0 || Math.max(nulFirst, nulSecond) < pairs * 0.3 || Math.min(nulFirst, nulSecond) > pairs * 0.05) {
            return null;
        }
        return nulSecond > nulFirst ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }
}
