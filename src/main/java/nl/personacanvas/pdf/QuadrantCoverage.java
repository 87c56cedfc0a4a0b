package nl.personacanvas.pdf;

import java.util.Objects;
import nl.personacanvas.model.Quadrant;

/**
 * How many of the matrix's competencies for one quadrant a canvas covers, as the checker counted them.
 *
 * @param covered  competencies the canvas has an entry for
 * @param expected competencies the matrix lists for the persona's activity in this quadrant
 */
public record QuadrantCoverage(Quadrant quadrant, int covered, int expected) {

    public QuadrantCoverage {
        Objects.requireNonNull(quadrant, "quadrant");
        if (covered < 0 || expected < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }
}
