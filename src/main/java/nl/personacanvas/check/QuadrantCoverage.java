package nl.personacanvas.check;

import java.util.List;
import java.util.Objects;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Quadrant;

/**
 * How much of the matrix cell for the persona's activity one quadrant covers. The missing elements'
 * {@link MatrixElement#excerpt()} is the matrix's verbatim wording of what is missing.
 */
public record QuadrantCoverage(Quadrant quadrant, List<MatrixElement> covered, List<MatrixElement> missing) {

    public QuadrantCoverage {
        Objects.requireNonNull(quadrant, "quadrant");
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
    }

    public int total() {
        return covered.size() + missing.size();
    }

    /** Share of the cell's elements covered, 0..1; 1 for a cell without elements (nothing to miss). */
    public double coverage() {
        return total() == 0 ? 1.0 : (double) covered.size() / total();
    }
}
