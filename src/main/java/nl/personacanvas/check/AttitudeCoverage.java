package nl.personacanvas.check;

import java.util.List;
import nl.personacanvas.matrix.Attitude;

/** The Houding quadrant against the matrix: which expected attitudes show, which do not. */
public record AttitudeCoverage(List<Attitude> present, List<Attitude> missing) {

    public AttitudeCoverage {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
    }

    public int total() {
        return present.size() + missing.size();
    }

    public double coverage() {
        return total() == 0 ? 1.0 : (double) present.size() / total();
    }
}
