package nl.personacanvas.matrix;

import java.util.List;
import java.util.Objects;

/**
 * One cell of Tabel 3 with its verbatim text and the atomic elements it was split into.
 *
 * @param activityId the activity (column), null for the professional row that spans all columns
 * @param role       the row
 * @param text       the study's text, without the row prefix (see {@link CompetencyMatrix#rowPrefix})
 * @param elements   the cell's elements in reading order
 */
public record MatrixCell(String activityId, MatrixRole role, String text, List<MatrixElement> elements) {

    public MatrixCell {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        elements = List.copyOf(elements);
    }
}
