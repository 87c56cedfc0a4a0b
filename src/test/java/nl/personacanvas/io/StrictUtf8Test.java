package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast UTF-8 check must accept and refuse exactly what the JDK's strict decoder does. */
class StrictUtf8Test {

    @Test
    void agreesWithTheJdkDecoderOnSeededMixturesOfAsciiAndOtherBytes() {
        Random random = new Random(8);
        int refused = 0;
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = mixture(random);
            boolean jdk = jdkAccepts(bytes);
            boolean ours = accepts(bytes);
            assertThat(ours).as("case %d", n).isEqualTo(jdk);
            refused += jdk ? 0 : 1;
        }
        assertThat(refused).as("the sample holds both kinds").isBetween(1000, 19_000);
    }

    @Test
    void acceptsEveryEncodedCodePointAndRefusesEncodedSurrogates() {
        StringBuilder all = new StringBuilder("{");
        for (int cp = 1; cp <= Character.MAX_CODE_POINT; cp += 7) {
            if (!Character.isSurrogate((char) cp) || cp > 0xFFFF) {
                all.appendCodePoint(cp);
            }
        }
        assertThat(accepts(all.toString().getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(accepts(new byte[] {'{', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
        assertThat(accepts(new byte[] {'{', ' ', (byte) 0xC0, (byte) 0xAF})).isFalse();
        assertThat(accepts(new byte[] {'{', ' ', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).isFalse();
    }

    /** Mostly ASCII, as a workbook is, with lead, continuation and invalid bytes spread in. */
    private static byte[] mixture(Random random) {
        byte[] bytes = new byte[2 + random.nextInt(40)];
        bytes[0] = '{';
        bytes[1] = ' ';
        for (int i = 2; i < bytes.length; i++) {
            int kind = random.nextInt(10);
            bytes[i] = (byte) (kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? 0x80 + random.nextInt(64)
                    : 0xC0 + random.nextInt(64));
        }
        return bytes;
    }

    private static boolean accepts(byte[] bytes) {
        try {
            StrictUtf8.textStart(bytes);
            return true;
        } catch (WorkbookFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
            return false;
        }
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
