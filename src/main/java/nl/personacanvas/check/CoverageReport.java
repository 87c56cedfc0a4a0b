package nl.personacanvas.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Quadrant;

/**
 * The canvas against the matrix as a whole.
 *
 * @param quadrants            design, deliver and organise against the activity's cells (empty for a
 *                             school's own activity, which has no cells)
 * @param attitudes            shared attitudes plus, for a matrix activity, its specific ones
 * @param professionalCovered  elements of the cross-cutting professional row that show anywhere
 * @param professionalMissing  the other elements of that row
 */
public record CoverageReport(List<QuadrantCoverage> quadrants, AttitudeCoverage attitudes,
                             List<MatrixElement> professionalCovered, List<MatrixElement> professionalMissing) {

    public CoverageReport {
        quadrants = List.copyOf(quadrants);
        Objects.requireNonNull(attitudes, "attitudes");
        professionalCovered = List.copyOf(professionalCovered);
        professionalMissing = List.copyOf(professionalMissing);
    }

    public Optional<QuadrantCoverage> quadrant(Quadrant q) {
        return quadrants.stream().filter(c -> c.quadrant() == q).findFirst();
    }

    /** Covered over total elements of the activity's three cells. */
    public int coveredElements() {
        return quadrants.stream().mapToInt(c -> c.covered().size()).sum();
    }

    public int totalElements() {
        return quadrants.stream().mapToInt(QuadrantCoverage::total).sum();
    }
}
