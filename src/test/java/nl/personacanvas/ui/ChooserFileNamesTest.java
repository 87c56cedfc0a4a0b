package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChooserFileNamesTest {

    /**
     * What the system's chooser receives: JavaFX passes the name through JNI as modified UTF-8 (the encoding
     * {@link DataOutputStream#writeUTF} writes after its two length bytes), and GTK reads it as strict UTF-8.
     */
    private static String asTheChooserReadsIt(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeUTF(name);
        byte[] modified = Arrays.copyOfRange(bytes.toByteArray(), 2, bytes.size());
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(modified)).toString();
        } catch (CharacterCodingException e) {
            return "invalid UTF-8";
        }
    }

    @Test
    void aNameWithAnEmojiReachesTheChooserIntactWithoutTheEmoji() throws IOException {
        // Fenna 🌍 of session 24's panel: GTK showed "Fenna ������ A3.pdf" and refused to save.
        assertThat(asTheChooserReadsIt("Fenna \uD83C\uDF0D A3.pdf")).isEqualTo("invalid UTF-8");
        for (String suggested : new String[] {"Fenna \uD83C\uDF0D A3.pdf", "\uD83C\uDF0D Fenna A2 liggend.pdf",
                "Lotte \uD83D\uDC69\u200D\uD83C\uDFEB\uFE0F A4.pdf", "Kees-Jan\uD83E\uDD1D vergelijking.png"}) {
            String offered = ChooserFileNames.offered(suggested);
            assertThat(asTheChooserReadsIt(offered)).as(suggested).isEqualTo(offered);
            assertThat(offered).as(suggested).doesNotContain("  ", "\u200D", "\uFE0F").doesNotStartWith(" ")
                    .doesNotContain(" .");
        }
        assertThat(ChooserFileNames.offered("Fenna \uD83C\uDF0D A3.pdf")).isEqualTo("Fenna A3.pdf");
        assertThat(ChooserFileNames.offered("Kees-Jan\uD83E\uDD1D vergelijking.png")).isEqualTo("Kees-Jan vergelijking.png");
    }

    @Test
    void namesInOtherScriptsAndWithAccentsStayAsTheyAre() throws IOException {
        for (String suggested : new String[] {"أمينة El Amrani A4.pdf", "Joëlle A2 liggend in A4-tegels.pdf",
                "ROC Rivierenland.pcanvas", "Daniëlle, Rafaël en Noël.pdf"}) {
            assertThat(ChooserFileNames.offered(suggested)).isEqualTo(suggested);
            assertThat(asTheChooserReadsIt(suggested)).isEqualTo(suggested);
        }
    }
}
