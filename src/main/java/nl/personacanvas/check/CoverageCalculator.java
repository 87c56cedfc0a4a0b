package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Quadrant;

/**
 * Adds up what the entries address: an element of the activity's cells is covered when any entry of the
 * canvas addresses it (a misplaced entry still covers; it is flagged on its own), an attitude when an
 * attitude entry expresses it, a professional-row element when it shows anywhere.
 */
final class CoverageCalculator {
    private static final List<Quadrant> CELL_QUADRANTS = List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE);

    private final CompetencyMatrix matrix;

    CoverageCalculator(CompetencyMatrix matrix) {
        this.matrix = matrix;
    }

    CoverageReport coverage(String matrixActivityId, List<EntryFinding> findings) {
        Set<String> addressed = new HashSet<>();
        Set<String> attitudes = new HashSet<>();
        for (EntryFinding f : findings) {
            f.elements().forEach(e -> addressed.add(e.elementId()));
            attitudes.addAll(f.attitudes());
        }
        List<QuadrantCoverage> quadrants = new ArrayList<>();
        if (matrixActivityId != null) {
            for (Quadrant q : CELL_QUADRANTS) {
                List<MatrixElement> covered = new ArrayList<>();
                List<MatrixElement> missing = new ArrayList<>();
                for (MatrixElement e : matrix.cell(matrixActivityId, q).elements()) {
                    (addressed.contains(e.id()) ? covered : missing).add(e);
                }
                quadrants.add(new QuadrantCoverage(q, covered, missing));
            }
        }
        List<Attitude> expected = matrixActivityId == null ? matrix.sharedAttitudes()
                : matrix.attitudesFor(matrixActivityId);
        List<Attitude> present = new ArrayList<>();
        List<Attitude> absent = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Attitude a : expected) {
            if (seen.add(a.name())) {
                (attitudes.contains(a.name()) ? present : absent).add(a);
            }
        }
        List<MatrixElement> professionalCovered = new ArrayList<>();
        List<MatrixElement> professionalMissing = new ArrayList<>();
        for (MatrixElement e : matrix.professional().elements()) {
            (addressed.contains(e.id()) ? professionalCovered : professionalMissing).add(e);
        }
        return new CoverageReport(quadrants, new AttitudeCoverage(present, absent), professionalCovered,
                professionalMissing);
    }
}
