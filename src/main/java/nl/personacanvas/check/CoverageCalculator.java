package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Quadrant;

/**
 * Adds up what the entries address: an element of the activity's cells is covered when any entry of the
 * canvas addresses it (a misplaced entry still covers; it is flagged on its own), an attitude when an
 * attitude entry expresses it, a professional-row element when it shows anywhere.
 *
 * <p>Elements and attitudes are numbered once (ordinals), so a canvas's coverage is a few array writes per
 * entry instead of sets of ids; what each activity expects is listed once per checker.
 */
final class CoverageCalculator {
    private static final List<Quadrant> CELL_QUADRANTS = List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE);
    private static final int[] NONE = new int[0];

    /** What one activity (or a school's own, key null) is checked against, with the ordinals of each item. */
    private record Scope(List<List<MatrixElement>> cells, List<int[]> cellOrdinals, List<Attitude> attitudes,
                         int[] attitudeOrdinals) {
    }

    private final Map<String, Integer> elementOrdinal = new HashMap<>();
    private final Map<String, Integer> attitudeOrdinal = new HashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private final List<MatrixElement> professional;
    private final int[] professionalOrdinals;

    CoverageCalculator(CompetencyMatrix matrix) {
        matrix.allElements().forEach(e -> elementOrdinal.put(e.id(), elementOrdinal.size()));
        matrix.allAttitudes().forEach(a -> attitudeOrdinal.putIfAbsent(a.name(), attitudeOrdinal.size()));
        this.professional = matrix.professional().elements();
        this.professionalOrdinals = ordinals(professional);
        scopes.put(null, scope(List.of(), matrix.sharedAttitudes()));
        for (var activity : matrix.activities()) {
            List<List<MatrixElement>> cells = new ArrayList<>();
            for (Quadrant q : CELL_QUADRANTS) {
                cells.add(matrix.cell(activity.id(), q).elements());
            }
            scopes.put(activity.id(), scope(cells, matrix.attitudesFor(activity.id())));
        }
    }

    private Scope scope(List<List<MatrixElement>> cells, List<Attitude> expected) {
        List<Attitude> attitudes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Attitude a : expected) {
            if (seen.add(a.name())) {
                attitudes.add(a);
            }
        }
        int[] attitudeOrdinals = attitudes.stream().mapToInt(a -> attitudeOrdinal.get(a.name())).toArray();
        return new Scope(cells, cells.stream().map(this::ordinals).toList(), List.copyOf(attitudes), attitudeOrdinals);
    }

    private int[] ordinals(List<MatrixElement> elements) {
        return elements.stream().mapToInt(e -> elementOrdinal.get(e.id())).toArray();
    }

    /** Ordinals of the matrix elements among {@code ids}; ids the matrix does not have cover nothing. */
    int[] elementOrdinals(Collection<String> ids) {
        return known(ids, elementOrdinal);
    }

    /** Ordinals of the matrix attitudes among {@code names}. */
    int[] attitudeOrdinals(Collection<String> names) {
        return known(names, attitudeOrdinal);
    }

    private static int[] known(Collection<String> keys, Map<String, Integer> ordinals) {
        if (keys.isEmpty()) {
            return NONE;
        }
        // A loop, not a stream: this runs for every verdict and every entry with links.
        int[] result = new int[keys.size()];
        int n = 0;
        for (String key : keys) {
            Integer ordinal = ordinals.get(key);
            if (ordinal != null) {
                result[n++] = ordinal;
            }
        }
        return n == result.length ? result : Arrays.copyOf(result, n);
    }

    /** Flags to mark a canvas's elements in, indexed by ordinal. */
    boolean[] noElements() {
        return new boolean[elementOrdinal.size()];
    }

    /** Flags to mark a canvas's attitudes in, indexed by ordinal. */
    boolean[] noAttitudes() {
        return new boolean[attitudeOrdinal.size()];
    }

    /**
     * @param matrixActivityId A1..A5 of the matrix, or null for a school's own activity
     * @param elements         per element ordinal: addressed by some entry
     * @param attitudes        per attitude ordinal: expressed by some attitude entry
     */
    CoverageReport coverage(String matrixActivityId, boolean[] elements, boolean[] attitudes) {
        Scope scope = scopes.get(matrixActivityId);
        List<QuadrantCoverage> quadrants = new ArrayList<>(scope.cells().size());
        for (int c = 0; c < scope.cells().size(); c++) {
            List<MatrixElement> covered = new ArrayList<>();
            List<MatrixElement> missing = new ArrayList<>();
            split(scope.cells().get(c), scope.cellOrdinals().get(c), elements, covered, missing);
            quadrants.add(new QuadrantCoverage(CELL_QUADRANTS.get(c), covered, missing));
        }
        List<Attitude> present = new ArrayList<>();
        List<Attitude> absent = new ArrayList<>();
        for (int i = 0; i < scope.attitudes().size(); i++) {
            (attitudes[scope.attitudeOrdinals()[i]] ? present : absent).add(scope.attitudes().get(i));
        }
        List<MatrixElement> professionalCovered = new ArrayList<>();
        List<MatrixElement> professionalMissing = new ArrayList<>();
        split(professional, professionalOrdinals, elements, professionalCovered, professionalMissing);
        return new CoverageReport(quadrants, new AttitudeCoverage(present, absent), professionalCovered,
                professionalMissing);
    }

    private static void split(List<MatrixElement> elements, int[] ordinals, boolean[] addressed,
                              List<MatrixElement> covered, List<MatrixElement> missing) {
        for (int i = 0; i < ordinals.length; i++) {
            (addressed[ordinals[i]] ? covered : missing).add(elements.get(i));
        }
    }
}
