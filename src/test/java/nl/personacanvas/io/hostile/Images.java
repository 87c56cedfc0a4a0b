package nl.personacanvas.io.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real small images, and images whose headers lie about their size. */
final class Images {
    private final byte[] smallPng = png(8, 8);
    private final byte[] smallJpeg = encode("jpg", 8, 8);

    byte[] png(int width, int height) {
        return encode("png", width, height);
    }

    /** A valid tiny PNG whose header declares {@code width} × {@code height}: a decompression bomb. */
    byte[] pngDeclaring(long width, long height) {
        byte[] png = smallPng.clone();
        for (int i = 0; i < 4; i++) {
            png[16 + i] = (byte) (width >>> (24 - 8 * i));
            png[20 + i] = (byte) (height >>> (24 - 8 * i));
        }
        return png;
    }

    /** A valid tiny JPEG whose frame header declares {@code width} × {@code height}. */
    byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = smallJpeg.clone();
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("no frame header in the encoder's JPEG");
    }

    byte[] truncatedPng() {
        byte[] png = png(64, 64);
        return Arrays.copyOf(png, png.length / 2);
    }

    private static byte[] encode(String format, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
