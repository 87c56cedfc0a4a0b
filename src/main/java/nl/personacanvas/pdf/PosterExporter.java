package nl.personacanvas.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final ExportDocuments documents;

    public PosterExporter(FontLibrary fonts) {
        this.documents = new ExportDocuments(fonts);
    }

    /**
     * Builds the posters of {@code personas} into a new document for preview or printing.
     *
     * @param summaries the check summaries for the footers (when the options print them); personas
     *                  without one get a footer with only the date
     */
    public RenderedPdf render(Workbook workbook, List<Persona> personas, PosterOptions options,
                              CheckSummaries summaries, ExportMonitor monitor) throws IOException {
        return documents.build(options, personas.size(), (document, renderer) -> {
            addPosters(document, renderer, workbook, personas, summaries, monitor, 0, personas.size());
            describe(document, workbook, personas, renderer.messages());
        });
    }

    /** All posters in one PDF file at {@code target}. */
    public ExportResult write(Workbook workbook, List<Persona> personas, PosterOptions options,
                              CheckSummaries summaries, Path target, ExportMonitor monitor) throws IOException {
        return ExportDocuments.save(render(workbook, personas, options, summaries, monitor), target);
    }

    /** All posters in one PDF written to {@code out}, for callers that want bytes. */
    public ExportResult write(Workbook workbook, List<Persona> personas, PosterOptions options,
                              CheckSummaries summaries, OutputStream out, ExportMonitor monitor) throws IOException {
        try (RenderedPdf pdf = render(workbook, personas, options, summaries, monitor)) {
            pdf.document().save(out);
            return pdf.result();
        }
    }

    /** One PDF per persona in {@code folder}, named safely after the persona and the paper (see {@link ExportNames}). */
    public ExportResult writeEach(Workbook workbook, List<Persona> personas, PosterOptions options,
                                  CheckSummaries summaries, Path folder, ExportMonitor monitor) throws IOException {
        SafeFileNames taken = new SafeFileNames();
        ExportNames names = new ExportNames(options.locale());
        List<ExportWarning> warnings = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        int pages = 0;
        for (int i = 0; i < personas.size(); i++) {
            List<Persona> one = List.of(personas.get(i));
            int offset = i;
            RenderedPdf pdf = documents.build(options, 1, (document, renderer) -> {
                addPosters(document, renderer, workbook, one, summaries, monitor, offset, personas.size());
                describe(document, workbook, one, renderer.messages());
            });
            ExportResult saved = ExportDocuments.save(pdf, folder.resolve(names.personaFile(one.get(0).name(), options, taken)));
            files.addAll(saved.files());
            warnings.addAll(saved.warnings());
            pages += saved.pages();
        }
        return new ExportResult(pages, personas.size(), warnings, files);
    }

    /**
     * Adds posters with bookmarks and returns their pages; {@code offset} and {@code total} place them in the whole
     * job's progress.
     */
    static List<PDPage> addPosters(PDDocument document, PosterRenderer renderer, Workbook workbook, List<Persona> personas,
                           CheckSummaries summaries, ExportMonitor monitor, int offset, int total)
            throws IOException {
        List<PDPage> added = new ArrayList<>();
        for (int i = 0; i < personas.size(); i++) {
            if (monitor.cancelRequested()) {
                throw new CancellationException("Export cancelled");
            }
            Persona persona = personas.get(i);
            List<PDPage> pages = renderer.add(workbook, persona, summaries.footers().get(persona.id()));
            PdfDocuments.bookmark(document, persona.headline().isEmpty() ? persona.name() : persona.headline(),
                    pages.get(0));
            monitor.progressed(offset + i + 1, total);
            added.addAll(pages);
        }
        return added;
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
