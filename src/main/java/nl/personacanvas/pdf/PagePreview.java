package nl.personacanvas.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a page of an export to an image, so the in-app preview shows exactly the PDF that prints.
 * Not thread-safe for one document: render pages of a document one after the other.
 */
public final class PagePreview {

    private PagePreview() {
    }

    /** Page {@code pageIndex} (0-based) at {@code dpi} (72 is one pixel per point). */
    public static BufferedImage render(PDDocument document, int pageIndex, float dpi) throws IOException {
        if (pageIndex < 0 || pageIndex >= document.getNumberOfPages()) {
            throw new IllegalArgumentException("No page " + pageIndex + " in a document of "
                    + document.getNumberOfPages() + " pages");
        }
        return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
    }
}
