package nl.personacanvas.pdf;

/**
 * How a long export tells its caller how far it is and learns that the user cancelled. Plain Java, so
 * a JavaFX {@code Task} can forward it to {@code updateProgress} and {@code isCancelled} without the
 * exporter knowing about JavaFX.
 */
public interface ExportMonitor {

    /** Called after each poster or page; {@code done} grows to {@code total}. */
    void progressed(int done, int total);

    /** Polled between posters; returning true stops the export with a {@code CancellationException}. */
    boolean cancelRequested();

    static ExportMonitor none() {
        return new ExportMonitor() {
            @Override
            public void progressed(int done, int total) {
                // Nobody is watching.
            }

            @Override
            public boolean cancelRequested() {
                return false;
            }
        };
    }
}
