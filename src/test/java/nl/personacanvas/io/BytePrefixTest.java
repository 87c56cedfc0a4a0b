package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BytePrefixTest {
    @Test
    void comparesTheFirstBytesAsUnsignedValues() {
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
        assertThat(BytePrefix.startsWith(utf8Bom, 0xEF, 0xBB, 0xBF)).isTrue();
        assertThat(BytePrefix.startsWith(utf8Bom, 0xEF, 0xBB, 0xBE)).isFalse();
        assertThat(BytePrefix.startsWith(utf8Bom)).isTrue();
    }

    @Test
    void bytesShorterThanThePrefixDoNotStartWithIt() {
        assertThat(BytePrefix.startsWith(new byte[] {(byte) 0xFF}, 0xFF, 0xFE)).isFalse();
        assertThat(BytePrefix.startsWith(new byte[0], 0x00)).isFalse();
    }
}
