package nl.personacanvas.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A built export the caller owns: preview it ({@link PagePreview}), print it ({@link PdfPrinting}) or
 * save it. Close it when done; it holds a temporary file.
 */
public record RenderedPdf(PDDocument document, ExportResult result) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        document.close();
    }
}
