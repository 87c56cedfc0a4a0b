package nl.personacanvas.ui.export;

import javafx.application.HostServices;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.summary.CheckSummaryService;

/**
 * What export, preview and printing need beyond the app's other services; the desktop wires the real
 * ones, tests a recording printer and opener.
 */
public record ExportServices(PdfEngine engine, PrintService printing, DocumentOpener opener) {

    /** Bundled fonts, check summaries from the app's checker, the system's printers, files opened through the desktop. */
    public static ExportServices desktop(HostServices host, CanvasChecker checker) {
        return new ExportServices(PdfEngine.bundled(new CheckSummaryService(checker)), new DesktopPrintService(),
                path -> host.showDocument(path.toUri().toString()));
    }
}
