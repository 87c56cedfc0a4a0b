package nl.personacanvas.ui;

import javafx.concurrent.Task;
import nl.personacanvas.pdf.ExportMonitor;

/**
 * A background task that hands itself to a PDF export as its monitor: the export's progress becomes the task's, and
 * the export stops at its next poster once the task is cancelled. The window's export, the preview's build and a
 * comparison's or heatmap's PDF each forwarded the progress with a copy of their own.
 */
public abstract class MonitoredTask<T> extends Task<T> implements ExportMonitor {

    @Override
    public void progressed(int done, int total) {
        updateProgress(done, total);
    }

    @Override
    public boolean cancelRequested() {
        return isCancelled();
    }
}
