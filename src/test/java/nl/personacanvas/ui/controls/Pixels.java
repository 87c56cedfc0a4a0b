package nl.personacanvas.ui.controls;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/** A snapshot as comparable values: its width, height and every pixel, so two snapshots compare as equal arrays. */
final class Pixels {
    private Pixels() {
    }

    static int[] of(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h + 2];
        argb[0] = w;
        argb[1] = h;
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[2 + y * w + x] = reader.getArgb(x, y);
            }
        }
        return argb;
    }
}
