package nl.personacanvas.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What every export shares: a new document that keeps its content in a temporary file, a poster
 * renderer over the bundled fonts, the fonts' subsets written once drawing is done, and the document
 * closed again when building fails. Thread-safe; posters and the report each hold one.
 */
final class ExportDocuments {
    private final FontLibrary fonts;
    private final Typesetter type;

    ExportDocuments(FontLibrary fonts) {
        this.fonts = fonts;
        this.type = new Typesetter(fonts, DutchHyphenator.bundled());
    }

    /** Fills a new document. */
    interface Content {
        void write(PDDocument document, PosterRenderer posters) throws IOException;
    }

    Typesetter type() {
        return type;
    }

    /** A new document holding {@code posters} posters (for the result) and whatever {@code content} adds. */
    RenderedPdf build(PosterOptions options, int posters, Content content) throws IOException {
        return build(options, posters, false, content);
    }

    /**
     * As {@link #build(PosterOptions, int, Content)}; {@code datedPages}: every page will carry the school and the
     * date at its foot ({@link PageFooters}), so the posters' own footers leave the date out.
     */
    RenderedPdf build(PosterOptions options, int posters, boolean datedPages, Content content) throws IOException {
        PDDocument document = PdfDocuments.create();
        try {
            PosterRenderer renderer = new PosterRenderer(document, fonts, type, options, datedPages);
            content.write(document, renderer);
            renderer.fonts().embedSubsets();
            return new RenderedPdf(document, new ExportResult(document.getNumberOfPages(), posters,
                    renderer.warnings(), List.of()));
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /** Saves a built export as {@code target} (atomically) and closes it. */
    static ExportResult save(RenderedPdf built, Path target) throws IOException {
        try (RenderedPdf pdf = built) {
            PdfDocuments.save(pdf.document(), target);
            ExportResult r = pdf.result();
            return new ExportResult(r.pages(), r.posters(), r.warnings(), List.of(target));
        }
    }
}
