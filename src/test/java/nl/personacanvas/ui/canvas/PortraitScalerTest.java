package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.personacanvas.model.Portrait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortraitScalerTest {
    @TempDir
    Path folder;

    static Path photo(Path folder, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, x < width / 2 ? Color.RED.getRGB() : Color.BLUE.getRGB());
            }
        }
        Path file = folder.resolve("foto-" + width + "x" + height + ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    @Test
    void makesACentredSquareOfAtMost256Pixels() throws IOException {
        Portrait portrait = new PortraitScaler().scale(photo(folder, 900, 600));

        assertThat(portrait.mediaType()).isEqualTo("image/png");
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(portrait.data()));
        assertThat(result.getWidth()).isEqualTo(256);
        assertThat(result.getHeight()).isEqualTo(256);
        assertThat(new Color(result.getRGB(10, 128)).getRed()).isGreaterThan(200);
        assertThat(new Color(result.getRGB(245, 128)).getBlue()).isGreaterThan(200);
    }

    @Test
    void keepsSmallPicturesSmall() throws IOException {
        BufferedImage result = ImageIO.read(new ByteArrayInputStream(
                new PortraitScaler().scale(photo(folder, 80, 120)).data()));
        assertThat(result.getWidth()).isEqualTo(80);
    }

    @Test
    void refusesWhatIsNoImage() throws IOException {
        Path text = Files.writeString(folder.resolve("niet.png"), "geen plaatje");
        assertThatThrownBy(() -> new PortraitScaler().scale(text)).isInstanceOf(IOException.class);
    }
}
