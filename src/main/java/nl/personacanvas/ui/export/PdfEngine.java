package nl.personacanvas.ui.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.personacanvas.pdf.CheckSummaries;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.ExportResult;
import nl.personacanvas.pdf.FontLibrary;
import nl.personacanvas.pdf.PosterExporter;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.pdf.WorkbookReport;
import nl.personacanvas.summary.CheckSummaryService;

/**
 * The PDF package as the UI uses it: posters or the report, to a document (preview, printing), one file
 * or one file per persona, with the check summaries in the footers and the report. The bundled fonts
 * are read on first use, off the FX thread, so start-up does not pay for them. Thread-safe.
 */
public final class PdfEngine {
    private final Supplier<FontLibrary> fontSource;
    private final CheckSummaryService summaries;
    private FontLibrary fonts;
    private PosterExporter posters;
    private WorkbookReport report;

    public PdfEngine(Supplier<FontLibrary> fontSource, CheckSummaryService summaries) {
        this.fontSource = fontSource;
        this.summaries = summaries;
    }

    /** The bundled fonts. */
    public static PdfEngine bundled(CheckSummaryService summaries) {
        return new PdfEngine(FontLibrary::bundled, summaries);
    }

    /** The bundled fonts, read on first use; for the other PDF writers (comparison, coverage). */
    public synchronized FontLibrary fonts() {
        if (fonts == null) {
            fonts = fontSource.get();
        }
        return fonts;
    }

    private synchronized void load() {
        if (posters == null) {
            FontLibrary fonts = fonts();
            posters = new PosterExporter(fonts);
            report = new WorkbookReport(fonts);
        }
    }

    /** The whole export as one open document; the caller closes it. */
    public RenderedPdf render(ExportRequest request, ExportMonitor monitor) throws IOException {
        load();
        CheckSummaries footers = summaries(request);
        return request.report()
                ? report.render(request.workbook(), request.personas(), request.options(), footers, monitor)
                : posters.render(request.workbook(), request.personas(), request.options(), footers, monitor);
    }

    /** The whole export as one PDF file. */
    public ExportResult write(ExportRequest request, Path target, ExportMonitor monitor) throws IOException {
        load();
        CheckSummaries footers = summaries(request);
        return request.report()
                ? report.write(request.workbook(), request.personas(), request.options(), footers, target, monitor)
                : posters.write(request.workbook(), request.personas(), request.options(), footers, target, monitor);
    }

    /**
     * One PDF per persona in {@code folder}. The files are written into a hidden folder first and moved
     * in only when all are done, so a cancelled or failed export leaves none of them behind.
     */
    public ExportResult writeEach(ExportRequest request, Path folder, ExportMonitor monitor) throws IOException {
        load();
        CheckSummaries footers = summaries(request);
        Files.createDirectories(folder);
        Path staging = Files.createDirectory(folder.resolve(".persona-canvas-export-" + UUID.randomUUID()));
        try {
            ExportResult staged = posters.writeEach(request.workbook(), request.personas(), request.options(),
                    footers, staging, monitor);
            List<Path> moved = new ArrayList<>();
            for (Path file : staged.files()) {
                moved.add(Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING));
            }
            return new ExportResult(staged.pages(), staged.posters(), staged.warnings(), moved);
        } finally {
            deleteFolder(staging);
        }
    }

    private CheckSummaries summaries(ExportRequest request) {
        return summaries.forExport(request.workbook(), request.personas(), request.options(), request.report());
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }
}
