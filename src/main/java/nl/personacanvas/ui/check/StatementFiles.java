package nl.personacanvas.ui.check;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.check.StatementInput;
import nl.personacanvas.io.BytePrefix;

/**
 * Reads the statements of a .txt or .csv file as a spreadsheet or text editor on a teacher's laptop saves them. Excel
 * writes "CSV UTF-8" with a byte order mark, which read as UTF-8 stuck to the first field: the header "text" was no
 * longer recognised and came out as a statement. Plain "CSV" and Notepad's older "ANSI" are Windows-1252, which read
 * as UTF-8 failed on the first "ë" ("Input length = 1"). "Unicode text" is UTF-16 with a byte order mark.
 */
final class StatementFiles {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private StatementFiles() {
    }

    static List<String> read(Path file) throws IOException {
        StringReader text = new StringReader(decode(Files.readAllBytes(file)));
        return StatementInput.isCsv(file.getFileName().toString()) ? StatementInput.csv(text) : StatementInput.lines(text);
    }

    static String decode(byte[] bytes) {
        if (BytePrefix.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (BytePrefix.startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (BytePrefix.startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }
}
