package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/**
 * Renders page 1 of a sample poster at low resolution and compares it with the committed reference
 * image. The comparison averages 6×6-pixel blocks in grey, so anti-aliasing differences between
 * machines do not count, while a moved panel, a lost line or a changed colour does. After an intended
 * layout change, regenerate the reference with {@code -Dpdf.writeReference=true} and look at it.
 */
class LayoutRegressionTest {
    private static final String REFERENCE = "/pdf/poster-laura-a4.png";
    private static final float DPI = 30;
    private static final int BLOCK = 6;
    private static final int GREY_TOLERANCE = 16;
    private static final double MAX_DIFFERENT_BLOCKS = 0.01;

    @Test
    void posterPageOneMatchesTheReferenceImage() throws IOException {
        BufferedImage actual = render(PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries());
        if (Boolean.getBoolean("pdf.writeReference")) {
            ImageIO.write(actual, "png", Path.of("src/test/resources" + REFERENCE).toFile());
        }
        BufferedImage reference;
        try (InputStream in = LayoutRegressionTest.class.getResourceAsStream(REFERENCE)) {
            assertThat(in).as("reference image " + REFERENCE).isNotNull();
            reference = ImageIO.read(in);
        }
        assertThat(differentBlocks(reference, actual)).isLessThanOrEqualTo(MAX_DIFFERENT_BLOCKS);
    }

    @Test
    void theComparisonNoticesABrokenLayout() throws IOException {
        BufferedImage withFooter = render(PosterOptions.defaults(PosterFixtures.DATE), PosterFixtures.summaries());
        BufferedImage withoutFooter = render(PosterOptions.defaults(PosterFixtures.DATE).withFooter(false), CheckSummaries.none());
        assertThat(differentBlocks(withFooter, withoutFooter)).isGreaterThan(MAX_DIFFERENT_BLOCKS * 5);
    }

    private static BufferedImage render(PosterOptions options, CheckSummaries footers) throws IOException {
        Workbook wb = PosterFixtures.workbook(PosterFixtures.laura());
        try (RenderedPdf pdf = new PosterExporter(FontLibrary.bundled())
                .render(wb, wb.personas(), options, footers, ExportMonitor.none())) {
            return PagePreview.render(pdf.document(), 0, DPI);
        }
    }

    /** Share of blocks whose mean grey differs by more than the tolerance; 1 when sizes differ. */
    static double differentBlocks(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return 1;
        }
        int blocks = 0;
        int different = 0;
        for (int by = 0; by + BLOCK <= a.getHeight(); by += BLOCK) {
            for (int bx = 0; bx + BLOCK <= a.getWidth(); bx += BLOCK) {
                blocks++;
                if (Math.abs(meanGrey(a, bx, by) - meanGrey(b, bx, by)) > GREY_TOLERANCE) {
                    different++;
                }
            }
        }
        return (double) different / blocks;
    }

    private static double meanGrey(BufferedImage img, int x0, int y0) {
        double sum = 0;
        for (int y = y0; y < y0 + BLOCK; y++) {
            for (int x = x0; x < x0 + BLOCK; x++) {
                int rgb = img.getRGB(x, y);
                sum += 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
            }
        }
        return sum / (BLOCK * BLOCK);
    }
}
