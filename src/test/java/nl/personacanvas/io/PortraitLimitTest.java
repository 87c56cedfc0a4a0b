package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;
import javax.imageio.ImageIO;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/** Pictures that would blow up when decoded are refused from their header, before anything decodes them. */
class PortraitLimitTest {
    private final WorkbookCodec codec = new WorkbookCodec();

    static byte[] image(String format, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A real PNG whose header is rewritten to declare another size: tiny file, huge image. */
    static byte[] pngDeclaring(long width, long height) throws Exception {
        byte[] png = image("png", 1, 1);
        for (int i = 0; i < 4; i++) {
            png[16 + i] = (byte) (width >>> (24 - 8 * i));
            png[20 + i] = (byte) (height >>> (24 - 8 * i));
        }
        return png;
    }

    private Workbook withPortrait(String mediaType, byte[] data) {
        Persona p = Persona.create("Laura", "begeleidt", "", Instant.EPOCH).withPortrait(new Portrait(mediaType, data));
        return Workbook.empty().addPersona(p);
    }

    @Test
    void headersAreReadForPngAndJpeg() throws Exception {
        assertThat(ImageHeader.sizeOf(image("png", 30, 20))).contains(new ImageHeader.Size(30, 20));
        assertThat(ImageHeader.sizeOf(image("jpg", 31, 17))).contains(new ImageHeader.Size(31, 17));
        assertThat(ImageHeader.sizeOf(new byte[] {1, 2, 3})).isEmpty();
        assertThat(ImageHeader.sizeOf(java.util.Arrays.copyOf(image("png", 3, 3), 20))).isEmpty();
    }

    @Test
    void aSmallPortraitLoads() throws Exception {
        Workbook wb = withPortrait("image/jpeg", image("jpg", 400, 300));
        assertThat(codec.read(codec.write(wb))).isEqualTo(wb);
    }

    @Test
    void aDecompressionBombIsRefusedWithItsSize() throws Exception {
        byte[] bomb = pngDeclaring(100_000, 100_000);
        assertThat(bomb.length).isLessThan(100);
        assertThatThrownBy(() -> codec.read(codec.write(withPortrait("image/png", bomb))))
                .isInstanceOfSatisfying(WorkbookFormatException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.portraitDimensions");
                    assertThat(e.path()).isEqualTo("workbook.personas[0].portrait.data");
                    assertThat(e.describe(Locale.ENGLISH)).isEqualTo("The portrait is 100,000 × 100,000 pixels; a "
                            + "portrait may be at most 4,096 pixels wide and high and 16 megapixels in all.");
                });
    }

    @Test
    void tooWideOrTooManyPixelsAreRefusedJustOverTheLimit() throws Exception {
        for (byte[] image : new byte[][] {pngDeclaring(4097, 10), pngDeclaring(4096, 4096), pngDeclaring(0xFFFFFFFFL, 1)}) {
            assertThatThrownBy(() -> codec.read(codec.write(withPortrait("image/png", image))))
                    .isInstanceOf(WorkbookFormatException.class);
        }
        assertThat(codec.read(codec.write(withPortrait("image/png", pngDeclaring(4000, 4000))))).isNotNull();
    }

    @Test
    void aGigapixelJpegHeaderIsRefused() throws Exception {
        byte[] jpeg = image("jpg", 8, 8);
        int sof = indexOfFrameHeader(jpeg);
        jpeg[sof + 5] = (byte) 0xFF; // height 65,535
        jpeg[sof + 6] = (byte) 0xFF;
        jpeg[sof + 7] = (byte) 0xFF; // width 65,535
        jpeg[sof + 8] = (byte) 0xFF;
        assertThat(ImageHeader.sizeOf(jpeg)).contains(new ImageHeader.Size(65_535, 65_535));
        assertThatThrownBy(() -> codec.read(codec.write(withPortrait("image/jpeg", jpeg))))
                .isInstanceOf(WorkbookFormatException.class);
    }

    private static int indexOfFrameHeader(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                return i;
            }
        }
        throw new AssertionError("no baseline frame header");
    }
}
