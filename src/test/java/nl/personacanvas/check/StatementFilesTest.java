package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 22 (rob22): statement files in the encodings a teacher's laptop writes. UTF-16 without a byte order mark is
 * valid UTF-8 as it stands and came in as statements with a NUL between every two letters; UTF-32 with a mark was taken
 * for UTF-16 (its mark begins with UTF-16's) and came in the same way.
 */
class StatementFilesTest {
    private static final String CSV = "tekst;auteur\nZoe\u0308 plant de reis naar Gent \u20AC \u201Cdrie\u201D;Ans\n"
            + "\u200Fعائشة\u200F belt de stagiair \uD83C\uDF0D;Bo\n";
    private static final List<String> STATEMENTS = List.of("Zoe\u0308 plant de reis naar Gent \u20AC \u201Cdrie\u201D",
            "\u200Fعائشة\u200F belt de stagiair \uD83C\uDF0D");

    @TempDir
    Path folder;

    @Test
    void utf16WithoutAByteOrderMarkIsReadAsUtf16() throws IOException {
        assertThat(read("le.csv", CSV.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(STATEMENTS);
        assertThat(read("be.csv", CSV.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(STATEMENTS);
        // Arabic alone in UTF-16 has no NUL beside its letters: what a mark-less file needs is its Latin text.
        assertThat(read("mostly-latin.txt", "Zoekt partnerscholen\nBelt de stagiair \u0639\n"
                .getBytes(StandardCharsets.UTF_16LE))).containsExactly("Zoekt partnerscholen", "Belt de stagiair \u0639");
    }

    @Test
    void utf32WithAByteOrderMarkIsReadAsUtf32() throws IOException {
        assertThat(read("le.csv", marked(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE"))))
                .isEqualTo(STATEMENTS);
        assertThat(read("be.csv", marked(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE"))))
                .isEqualTo(STATEMENTS);
    }

    @Test
    void theEncodingsReadBeforeAreReadAsBefore() throws IOException {
        assertThat(read("bom8.csv", marked(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8)))
                .isEqualTo(STATEMENTS);
        assertThat(read("le16.csv", marked(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE)))
                .isEqualTo(STATEMENTS);
        assertThat(read("utf8.csv", CSV.getBytes(StandardCharsets.UTF_8))).isEqualTo(STATEMENTS);
        assertThat(read("ansi.csv", "tekst\nIdee\u00EBn van \u201Ccollega\u2019s\u201D \u20AC\n".getBytes("windows-1252")))
                .containsExactly("Idee\u00EBn van \u201Ccollega\u2019s\u201D \u20AC");
    }

    /**
     * Session 22 (rob22b): a UTF-8 list with one curly quote pasted in from an old Windows document (byte 0x92) was
     * read wholly as Windows-1252, and every accent of every line came in garbled ("IdeeÃ«n"). Real bytes: the UTF-8
     * lines written out byte by byte, the stray byte alone on its line.
     */
    @Test
    void aUtf8FileWithOneStrayWindowsByteKeepsItsUtf8Right() throws IOException {
        byte[] bytes = concat(
                "Idee\u00EBn van Zo\u00EB over de reis naar Li\u00E8ge \u20AC\n".getBytes(StandardCharsets.UTF_8),
                // "Collega's stage" with Windows-1252's right single quote, 0x92: no UTF-8 byte stands alone like that.
                new byte[] {'C', 'o', 'l', 'l', 'e', 'g', 'a', (byte) 0x92, 's', ' ', 's', 't', 'a', 'g', 'e', '\r', '\n'},
                "\u200F\u0639\u0627\u0626\u0634\u0629\u200F belt de stagiair \uD83C\uDF0D\n".getBytes(StandardCharsets.UTF_8));
        assertThat(java.util.Arrays.copyOfRange(bytes, 4, 6)).containsExactly(0xC3, 0xAB); // UTF-8's "ë"

        assertThat(read("mixed.txt", bytes)).containsExactly(
                "Idee\u00EBn van Zo\u00EB over de reis naar Li\u00E8ge \u20AC",
                "Collega\u2019s stage",
                "\u200F\u0639\u0627\u0626\u0634\u0629\u200F belt de stagiair \uD83C\uDF0D");
        // The same, as a CSV with its header, a separator and a quoted cell.
        byte[] csv = concat("tekst;door\n\"Idee\u00EBn; \u00E9\u00E9n\";Zo\u00EB\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'C', 'a', 'f', (byte) 0xE9, ';', 'B', 'o', '\n'});
        assertThat(read("mixed.csv", csv)).containsExactly("Idee\u00EBn; \u00E9\u00E9n", "Caf\u00E9");
    }

    /**
     * Session 23 (rob23): rob22b's leftover. One line holding both a UTF-8 "ë" and a stray Windows-1252 curly quote
     * (a sentence typed in a UTF-8 editor with a quote pasted from an old document) was read wholly as Windows-1252:
     * "ZoÃ«". Each valid UTF-8 character is now read as UTF-8 and each byte that is none as Windows-1252, so both come
     * right; a line wholly in Windows-1252 reads as before.
     */
    @Test
    void aLineWithAUtf8AccentAndAStrayWindowsByteKeepsBoth() throws IOException {
        byte[] bytes = concat("Zo\u00EB".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0x92, 's', ' ', 'i', 'd', 'e', 'e', ' '},
                "\u0639\u0627\u0626\u0634\u0629 \uD83C\uDF0D \u20AC".getBytes(StandardCharsets.UTF_8),
                new byte[] {' ', (byte) 0x80, ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'},
                new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'z', 'o', (byte) 0x94, '\n'});

        assertThat(read("mixed-line.txt", bytes)).containsExactly(
                "Zo\u00EB\u2019s idee \u0639\u0627\u0626\u0634\u0629 \uD83C\uDF0D \u20AC \u20AC caf\u00E9",
                "Caf\u00E9 \u201Czo\u201D");
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return out.toByteArray();
    }

    private List<String> read(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return StatementFiles.read(file);
    }

    private static byte[] marked(byte[] mark, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(mark);
        out.write(CSV.getBytes(charset));
        return out.toByteArray();
    }
}
