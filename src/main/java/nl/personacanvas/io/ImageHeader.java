package nl.personacanvas.io;

import java.util.Optional;

/**
 * The pixel size a PNG or JPEG file declares, read from its header without decoding the image. A few
 * hundred bytes can declare a 100,000 × 100,000 image whose decoding would take tens of gigabytes; the
 * header is where such a file is caught.
 */
final class ImageHeader {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Width and height in pixels. */
    record Size(long width, long height) {
        long pixels() {
            return width * height;
        }
    }

    private ImageHeader() {
    }

    /** The declared size, or empty when the bytes are neither a PNG nor a JPEG with a readable header. */
    static Optional<Size> sizeOf(byte[] data) {
        if (startsWith(data, PNG_SIGNATURE)) {
            return png(data);
        }
        if (data.length >= 2 && u8(data, 0) == 0xFF && u8(data, 1) == 0xD8) {
            return jpeg(data);
        }
        return Optional.empty();
    }

    /** The media type the bytes are by their signature, {@code image/png} or {@code image/jpeg}, or empty for neither. */
    static Optional<String> mediaTypeOf(byte[] data) {
        if (startsWith(data, PNG_SIGNATURE)) {
            return Optional.of("image/png");
        }
        if (data.length >= 3 && u8(data, 0) == 0xFF && u8(data, 1) == 0xD8 && u8(data, 2) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** The first chunk of a PNG is IHDR: length, type, then width and height as unsigned 32-bit numbers. */
    private static Optional<Size> png(byte[] d) {
        if (d.length < 24 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') {
            return Optional.empty();
        }
        return Optional.of(new Size(u32(d, 16), u32(d, 20)));
    }

    /** Walks the JPEG segments up to the first start-of-frame, which holds height and width. */
    private static Optional<Size> jpeg(byte[] d) {
        int i = 2;
        while (i + 3 < d.length) {
            if (u8(d, i) != 0xFF) {
                return Optional.empty();
            }
            int marker = u8(d, i + 1);
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                i += 2; // markers without a length
                continue;
            }
            int length = u16(d, i + 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return i + 8 < d.length ? Optional.of(new Size(u16(d, i + 7), u16(d, i + 5))) : Optional.empty();
            }
            if (marker == 0xDA || length < 2) {
                return Optional.empty(); // image data began before any frame header: not a usable JPEG
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] d, int i) {
        return d[i] & 0xFF;
    }

    private static int u16(byte[] d, int i) {
        return u8(d, i) << 8 | u8(d, i + 1);
    }

    private static long u32(byte[] d, int i) {
        return (long) u16(d, i) << 16 | u16(d, i + 2);
    }
}
