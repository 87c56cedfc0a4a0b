package nl.personacanvas.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Pages and form XObjects drawn through one kind of content stream: PDFBox's common base class of page
 * and form streams is not public, so all drawing code writes to a {@link PDFormContentStream}. A tiled
 * poster is drawn once into a form that every tile places clipped; every other page is drawn straight
 * into its own content stream.
 */
final class Sheets {

    /** Draws onto a content stream. */
    interface Drawing {
        void draw(PDFormContentStream out) throws IOException;
    }

    private Sheets() {
    }

    static PDFormXObject form(PDDocument document, PDResources resources, float width, float height,
                              Drawing drawing) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(width, height));
        form.setResources(resources);
        compressed(form.getCOSObject());
        try (PDFormContentStream out = new PDFormContentStream(form)) {
            drawing.draw(out);
        }
        return form;
    }

    /**
     * A new last page whose content is {@code drawing}. The content is written through a form's stream
     * and then made the page's own: one stream per page instead of a form plus a page stream placing it,
     * which halves what PDFBox holds in memory per page until the document is saved (each open stream
     * keeps a 4 KB buffer and its dictionaries).
     */
    static PDPage page(PDDocument document, PDRectangle size, PDResources resources, Drawing drawing)
            throws IOException {
        PDStream contents = new PDStream(document);
        PDFormXObject writer = new PDFormXObject(contents);
        writer.setResources(resources);
        COSStream stream = contents.getCOSObject();
        compressed(stream);
        try (PDFormContentStream out = new PDFormContentStream(writer)) {
            drawing.draw(out);
        }
        // Left over from writing through a form; a page's content stream has none of them.
        stream.removeItem(COSName.TYPE);
        stream.removeItem(COSName.SUBTYPE);
        stream.removeItem(COSName.RESOURCES);
        PDPage page = new PDPage(size);
        page.setResources(resources);
        page.setContents(contents);
        document.addPage(page);
        return page;
    }

    /**
     * Deflates what is written to {@code stream}: a form content stream is written uncompressed unless its
     * dictionary names a filter first (PDFBox's page content streams compress by default).
     */
    private static void compressed(COSStream stream) {
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }
}
