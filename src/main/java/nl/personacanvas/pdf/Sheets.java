package nl.personacanvas.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Everything is drawn into form XObjects and pages only place forms: one drawing of a poster then
 * serves a whole page and, clipped, every tile of a tiled print, and all drawing code writes to one
 * kind of content stream (PDFBox's common base class of page and form streams is not public).
 */
final class Sheets {

    /** Draws onto a content stream. */
    interface Drawing {
        void draw(PDFormContentStream out) throws IOException;
    }

    private Sheets() {
    }

    static PDFormXObject form(PDDocument document, float width, float height, Drawing drawing) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(width, height));
        form.setResources(new PDResources());
        try (PDFormContentStream out = new PDFormContentStream(form)) {
            drawing.draw(out);
        }
        return form;
    }

    static PDPage page(PDDocument document, PDRectangle size, PDFormXObject form) throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            out.drawForm(form);
        }
        return page;
    }

    static PDPage page(PDDocument document, PDRectangle size, Drawing drawing) throws IOException {
        return page(document, size, form(document, size.getWidth(), size.getHeight(), drawing));
    }
}
