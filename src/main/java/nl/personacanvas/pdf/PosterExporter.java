package nl.personacanvas.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Persona posters as PDF: one document with a poster per page (or per set of tiles), or one file per
 * persona. Thread-safe; one instance can serve the whole application. Long exports report progress and
 * stop between posters when the monitor asks, throwing {@link CancellationException} and leaving no file.
 */
public final class PosterExporter {
    private final FontLibrary fonts;
    private final Typesetter type;

    public PosterExporter(FontLibrary fonts) {
        this.fonts = fonts;
        this.type = new Typesetter(fonts, DutchHyphenator.bundled());
    }

    /**
     * Builds the posters of {@code personas} into a new document for preview or printing.
     *
     * @param summaries check summaries by persona id for the footers; personas without one get a footer
     *                  with only the date (when the options ask for a footer)
     */
    public RenderedPdf render(Workbook workbook, List<Persona> personas, PosterOptions options,
                              Map<String, PosterFooter> summaries, ExportMonitor monitor) throws IOException {
        PDDocument document = PdfDocuments.create();
        try {
            PosterRenderer renderer = new PosterRenderer(document, fonts, type, options);
            addPosters(document, renderer, workbook, personas, summaries, monitor, 0, personas.size());
            renderer.fonts().embedSubsets();
            describe(document, workbook, personas, renderer.messages());
            return new RenderedPdf(document, new ExportResult(document.getNumberOfPages(), personas.size(),
                    renderer.warnings(), List.of()));
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /** All posters in one PDF file at {@code target}. */
    public ExportResult write(Workbook workbook, List<Persona> personas, PosterOptions options,
                              Map<String, PosterFooter> summaries, Path target, ExportMonitor monitor)
            throws IOException {
        try (RenderedPdf pdf = render(workbook, personas, options, summaries, monitor)) {
            PdfDocuments.save(pdf.document(), target);
            ExportResult r = pdf.result();
            return new ExportResult(r.pages(), r.posters(), r.warnings(), List.of(target));
        }
    }

    /** All posters in one PDF written to {@code out}, for callers that want bytes. */
    public ExportResult write(Workbook workbook, List<Persona> personas, PosterOptions options,
                              Map<String, PosterFooter> summaries, OutputStream out, ExportMonitor monitor)
            throws IOException {
        try (RenderedPdf pdf = render(workbook, personas, options, summaries, monitor)) {
            pdf.document().save(out);
            return pdf.result();
        }
    }

    /** One PDF per persona in {@code folder}, named safely after the persona. */
    public ExportResult writeEach(Workbook workbook, List<Persona> personas, PosterOptions options,
                                  Map<String, PosterFooter> summaries, Path folder, ExportMonitor monitor)
            throws IOException {
        SafeFileNames names = new SafeFileNames();
        List<ExportWarning> warnings = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        int pages = 0;
        for (int i = 0; i < personas.size(); i++) {
            Persona persona = personas.get(i);
            try (PDDocument document = PdfDocuments.create()) {
                PosterRenderer renderer = new PosterRenderer(document, fonts, type, options);
                addPosters(document, renderer, workbook, List.of(persona), summaries, monitor, i, personas.size());
                renderer.fonts().embedSubsets();
                describe(document, workbook, List.of(persona), renderer.messages());
                Path file = folder.resolve(names.next(persona.name(), ".pdf"));
                PdfDocuments.save(document, file);
                files.add(file);
                warnings.addAll(renderer.warnings());
                pages += document.getNumberOfPages();
            }
        }
        return new ExportResult(pages, personas.size(), warnings, files);
    }

    /** Adds posters with bookmarks; {@code offset} and {@code total} place them in the whole job's progress. */
    static void addPosters(PDDocument document, PosterRenderer renderer, Workbook workbook, List<Persona> personas,
                           Map<String, PosterFooter> summaries, ExportMonitor monitor, int offset, int total)
            throws IOException {
        for (int i = 0; i < personas.size(); i++) {
            if (monitor.cancelRequested()) {
                throw new CancellationException("Export cancelled");
            }
            Persona persona = personas.get(i);
            List<PDPage> pages = renderer.add(workbook, persona, summaries.get(persona.id()));
            PdfDocuments.bookmark(document, persona.headline().isEmpty() ? persona.name() : persona.headline(),
                    pages.get(0));
            monitor.progressed(offset + i + 1, total);
        }
    }

    private static void describe(PDDocument document, Workbook workbook, List<Persona> personas,
                                 PdfMessages messages) {
        String title = personas.size() == 1 && !personas.get(0).headline().isEmpty()
                ? personas.get(0).headline()
                : messages.get("meta.postersTitle", workbook.school());
        List<String> authors = personas.stream().flatMap(p -> p.authors().stream()).distinct().toList();
        String author = authors.isEmpty() ? workbook.school() : String.join(", ", authors);
        PdfDocuments.describe(document, title, author, messages.get("meta.subject"), messages.locale());
    }
}
