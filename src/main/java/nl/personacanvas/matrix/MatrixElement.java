package nl.personacanvas.matrix;

import java.util.Objects;

/**
 * One atomic competency inside a cell: the unit a checker reports as covered or missing.
 *
 * @param id         stable id, e.g. {@code A4.design.2} or {@code P.3}; canvas entries link to it
 * @param label      a short Dutch label for lists and reports
 * @param excerpt    the verbatim fragment of the cell text this element stands for
 * @param activityId the activity of its cell, null for the professional row
 * @param role       the row of its cell
 */
public record MatrixElement(String id, String label, String excerpt, String activityId, MatrixRole role) {

    public MatrixElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(role, "role");
    }
}
