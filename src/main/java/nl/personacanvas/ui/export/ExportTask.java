package nl.personacanvas.ui.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.personacanvas.pdf.ExportResult;
import nl.personacanvas.ui.MonitoredTask;

/**
 * Writes an export in the background, forwarding the exporter's progress to the task's. Cancelling
 * does not interrupt the thread (an interrupted file channel would be closed mid-write): the exporter
 * notices between posters and the task then fails with a {@link CancellationException}, only once the
 * work has really stopped. Whatever was written by then is removed.
 */
public final class ExportTask extends MonitoredTask<ExportResult> {
    private final PdfEngine engine;
    private final ExportRequest request;
    private final Path target;
    private final AtomicBoolean cancel = new AtomicBoolean();

    /** {@code target} is the PDF file, or the folder when the request asks for one file per persona. */
    public ExportTask(PdfEngine engine, ExportRequest request, Path target) {
        this.engine = engine;
        this.request = request;
        this.target = target;
    }

    @Override
    protected ExportResult call() throws IOException {
        ExportResult result = request.onePerPersona() ? engine.writeEach(request, target, this)
                : engine.write(request, target, this);
        if (cancelRequested()) {
            // Cancelled while the last file was being saved: the user asked for nothing to be left.
            for (Path file : result.files()) {
                Files.deleteIfExists(file);
            }
            throw new CancellationException("Export cancelled");
        }
        return result;
    }

    /** Asks the export to stop at the next poster. */
    public void requestCancel() {
        cancel.set(true);
    }

    @Override
    public boolean cancelRequested() {
        return cancel.get() || super.cancelRequested();
    }

    public Path target() {
        return target;
    }
}
