package nl.personacanvas.ui.export;

import java.io.IOException;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.ui.MonitoredTask;

/**
 * Builds the export a request describes as one open document for the preview, off the FX thread, with how far it
 * is as the task's work done. The caller owns (and closes) the document it yields.
 */
final class PreviewBuild extends MonitoredTask<RenderedPdf> {
    private final PdfEngine engine;
    private final ExportRequest request;

    PreviewBuild(PdfEngine engine, ExportRequest request) {
        this.engine = engine;
        this.request = request;
    }

    @Override
    protected RenderedPdf call() throws IOException {
        return engine.render(request, this);
    }

    /** The preview never stops a build: options changed meanwhile are built once this one is done. */
    @Override
    public boolean cancelRequested() {
        return false;
    }
}
