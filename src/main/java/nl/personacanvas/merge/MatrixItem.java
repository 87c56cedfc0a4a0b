package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.model.Quadrant;

/**
 * A matrix element or an attitude, the unit of comparison and coverage: a column of the heatmap.
 *
 * @param activityId the matrix activity it belongs to, null when it is shared by all (professional row,
 *                   shared attitudes)
 */
public record MatrixItem(String id, String label, MatrixRole role, String activityId) {

    public MatrixItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(role, "role");
    }

    /** The element's number within its row ("2" of "A4.design.2"), what a reader sees after the row's name. */
    public String number() {
        return id.substring(id.lastIndexOf('.') + 1);
    }

    static MatrixItem of(MatrixElement element) {
        return new MatrixItem(element.id(), element.label(), element.role(), element.activityId());
    }

    static MatrixItem of(Attitude attitude) {
        return new MatrixItem(attitude.id(), attitude.name(), MatrixRole.ATTITUDES, attitude.activityId());
    }

    /** Every element and attitude in the matrix's reading order. */
    static List<MatrixItem> all(CompetencyMatrix matrix) {
        List<MatrixItem> items = new ArrayList<>();
        matrix.allElements().forEach(e -> items.add(of(e)));
        matrix.allAttitudes().forEach(a -> items.add(of(a)));
        return items;
    }

    /**
     * What a persona of a matrix activity is expected to cover: its design, deliver and organise elements
     * and its attitudes (shared and specific). The professional row is a precondition of every activity, not a
     * quadrant of the canvas, so it is never expected.
     */
    static List<MatrixItem> expected(CompetencyMatrix matrix, String matrixActivityId) {
        List<MatrixItem> items = new ArrayList<>();
        if (matrixActivityId == null || matrix.activity(matrixActivityId).isEmpty()) {
            return items;
        }
        for (Quadrant q : List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE)) {
            matrix.cell(matrixActivityId, q).elements().forEach(e -> items.add(of(e)));
        }
        matrix.attitudesFor(matrixActivityId).forEach(a -> items.add(of(a)));
        return items;
    }

    /**
     * What a compared persona is expected to show: {@link #expected} for a matrix activity. A school's own activity
     * (no or an unknown matrix id) has no matrix cells, but the shared attitudes apply to it as to any activity, as
     * the checker counts them ("0 van 7 houdingen"): an empty Houding beside one that shows them misses them. (The
     * team coverage keeps no matrix columns for an own activity: its heatmap is per matrix activity.)
     */
    static List<MatrixItem> expectedOfPersona(CompetencyMatrix matrix, String matrixActivityId) {
        if (matrixActivityId == null || matrix.activity(matrixActivityId).isEmpty()) {
            return matrix.sharedAttitudes().stream().map(MatrixItem::of).toList();
        }
        return expected(matrix, matrixActivityId);
    }
}
