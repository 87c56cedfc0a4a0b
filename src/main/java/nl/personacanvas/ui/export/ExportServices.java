package nl.personacanvas.ui.export;

import javafx.application.HostServices;

/**
 * What export, preview and printing need beyond the app's other services; the desktop wires the real
 * ones, tests a recording printer and opener.
 */
public record ExportServices(PdfEngine engine, PrintService printing, DocumentOpener opener) {

    /** Bundled fonts, the system's printers, files opened through the desktop; no check summaries yet. */
    public static ExportServices desktop(HostServices host) {
        return new ExportServices(PdfEngine.bundled(FooterSummaries.none()), new DesktopPrintService(),
                path -> host.showDocument(path.toUri().toString()));
    }
}
