package nl.personacanvas.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.personacanvas.model.Portrait;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Portraits as PDF images, embedded once per document however many pages show them. A workbook file
 * can hold anything, so the image header is read first and pictures that are not images, are too large
 * to decode safely or fail to decode are refused: the poster then shows the initials avatar instead.
 */
final class PortraitImages {
    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;

    private final PDDocument document;
    private final Map<Portrait, Optional<PDImageXObject>> images = new HashMap<>();

    PortraitImages(PDDocument document) {
        this.document = document;
    }

    Optional<PDImageXObject> image(Portrait portrait) {
        return images.computeIfAbsent(portrait, this::decode);
    }

    private Optional<PDImageXObject> decode(Portrait portrait) {
        byte[] data = portrait.data();
        if (data.length == 0 || data.length > MAX_BYTES || !hasSafeDimensions(data)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PDImageXObject.createFromByteArray(document, data, "portrait"));
        } catch (IOException | RuntimeException e) {
            // A damaged picture must not stop the export; the avatar stands in and the result says so.
            return Optional.empty();
        }
    }

    /** Reads only the image header, so a tiny file claiming a gigapixel image is never decoded. */
    private static boolean hasSafeDimensions(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                return pixels > 0 && pixels <= MAX_PIXELS;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
