package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import nl.personacanvas.pdf.ExportResult;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.ui.BackgroundTaskExecutor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The preview's page images on their own, over a plain two-page document: A4 upright, then A3 landscape. */
class PreviewPagesTest {
    private static final PDRectangle A3_LANDSCAPE = new PDRectangle(PDRectangle.A3.getHeight(), PDRectangle.A3.getWidth());
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private final PreviewZoom zoom = new PreviewZoom();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final PreviewPages pages = new PreviewPages(executor, zoom, failures::add);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxThread.start();
    }

    @AfterEach
    void stop() {
        FxThread.run(() -> pages.replace(null));
        executor.shutdown();
    }

    private static RenderedPdf twoPages() {
        PDDocument document = new PDDocument();
        document.addPage(new PDPage(PDRectangle.A4));
        document.addPage(new PDPage(A3_LANDSCAPE));
        return new RenderedPdf(document, new ExportResult(2, 0, List.of(), List.of()));
    }

    private BufferedImage shown(int page) {
        FxThread.run(() -> pages.show(page));
        FxThread.waitFor(() -> !pages.renderingProperty().get() && pages.imageProperty().get() != null);
        return pages.imageProperty().get();
    }

    @Test
    void aPageIsRenderedAtTheZoomsResolutionAndKept() {
        FxThread.run(() -> {
            zoom.actualSize();
            pages.replace(twoPages());
        });
        assertThat(pages.pageCount()).isEqualTo(2);

        BufferedImage first = shown(0);
        // A4 at 100 %: 210 mm at 96 dpi.
        assertThat(first.getWidth()).isCloseTo(794, within(1));
        BufferedImage second = shown(1);
        assertThat(zoom.pageSizeProperty().get().getWidth()).isCloseTo(A3_LANDSCAPE.getWidth(), within(0.5f));
        assertThat((double) second.getWidth() / second.getHeight()).isCloseTo(420.0 / 297, within(0.01));

        FxThread.run(() -> pages.show(0));
        assertThat(pages.imageProperty().get()).isSameAs(first);
        assertThat(pages.renderingProperty().get()).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void anotherDocumentStartsAfreshAndTheOneBeforeIsClosed() {
        RenderedPdf before = twoPages();
        FxThread.run(() -> pages.replace(before));
        BufferedImage old = shown(0);

        FxThread.run(() -> pages.replace(twoPages()));
        assertThat(shown(0)).isNotSameAs(old);
        FxThread.waitFor(() -> before.document().getDocument().isClosed());

        FxThread.run(() -> {
            pages.replace(null);
            pages.show(0);
        });
        assertThat(pages.pageCount()).isZero();
        assertThat(pages.imageProperty().get()).isNull();
        assertThat(pages.document()).isNull();
    }
}
