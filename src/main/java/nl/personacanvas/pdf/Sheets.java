package nl.personacanvas.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
        PDStream contents = written(document, resources, drawing);
        PDPage page = new PDPage(size);
        page.setResources(resources);
        page.setContents(contents);
        document.addPage(page);
        return page;
    }

    /**
     * Draws {@code drawing} over what {@code page} already shows, as a content stream of its own added after the
     * page's: a page number is known only when every page exists. The page's own streams are wrapped in a saved
     * graphics state so whatever they leave set (a colour, a transformation) does not reach the stamp.
     */
    static void stamp(PDDocument document, PDPage page, PDResources resources, Drawing drawing) throws IOException {
        List<PDStream> streams = new ArrayList<>();
        streams.add(written(document, resources, out -> out.saveGraphicsState()));
        page.getContentStreams().forEachRemaining(streams::add);
        streams.add(written(document, resources, out -> {
            out.restoreGraphicsState();
            drawing.draw(out);
        }));
        page.setContents(streams);
    }

    /** A page content stream holding {@code drawing}, written through a form's stream as {@link #page} explains. */
    private static PDStream written(PDDocument document, PDResources resources, Drawing drawing) throws IOException {
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
        return contents;
    }

    /**
     * Deflates what is written to {@code stream}: a form content stream is written uncompressed unless its
     * dictionary names a filter first (PDFBox's page content streams compress by default).
     */
    private static void compressed(COSStream stream) {
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    }
}
