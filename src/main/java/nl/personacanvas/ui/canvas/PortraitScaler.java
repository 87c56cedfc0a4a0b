package nl.personacanvas.ui.canvas;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.personacanvas.model.Portrait;

/**
 * Turns a photo the user picked into a portrait small enough to live inside the workbook file: a
 * centred square, at most {@value #SIZE} pixels, stored as PNG. Plain Java imaging, run off the FX thread.
 */
public final class PortraitScaler {
    public static final int SIZE = 256;
    private static final long MAX_INPUT_BYTES = 30L * 1024 * 1024;

    /** @throws IOException when the file cannot be read or is not a PNG or JPEG image */
    public Portrait scale(Path file) throws IOException {
        if (Files.size(file) > MAX_INPUT_BYTES) {
            throw new IOException("image larger than 30 MB");
        }
        BufferedImage source = ImageIO.read(file.toFile());
        if (source == null) {
            throw new IOException("not a PNG or JPEG image");
        }
        int side = Math.min(source.getWidth(), source.getHeight());
        int target = Math.min(SIZE, side);
        BufferedImage square = new BufferedImage(target, target, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = square.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            int x = (source.getWidth() - side) / 2;
            int y = (source.getHeight() - side) / 2;
            g.drawImage(source, 0, 0, target, target, x, y, x + side, y + side, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(square, "png", out);
        return new Portrait("image/png", out.toByteArray());
    }
}
