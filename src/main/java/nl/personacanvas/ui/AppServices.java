package nl.personacanvas.ui;

import java.time.Clock;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.ui.export.ExportServices;

/**
 * The services the window works with, wired once in {@link PersonaCanvasApp}; UI tests wire their own
 * (answering dialogs, settings in memory, a recovery folder of their own).
 */
public record AppServices(Messages messages, Settings settings, WorkbookStore store, SampleWorkbooks samples,
                          CompetencyMatrix matrix, TaskExecutor executor, DialogService dialogs,
                          RecoveryFiles recovery, Clock clock, ExportServices exports,
                          CanvasChecker checker) {
}
