package nl.personacanvas.ui.check;

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
