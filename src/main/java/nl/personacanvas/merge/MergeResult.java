package nl.personacanvas.merge;

import java.util.Objects;
import nl.personacanvas.model.Workbook;

/** The merged workbook and what the merge did; the UI pushes the workbook as one undoable step. */
public record MergeResult(Workbook workbook, MergeReport report) {

    public MergeResult {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(report, "report");
    }

    public boolean conflictsKept() {
        return report.conflictsKept() > 0;
    }
}
