package nl.personacanvas.pdf;

import java.util.List;
import java.util.Objects;

/**
 * The check summary printed at the foot of a poster and tabulated in the workbook report. Plain data
 * the caller fills from whatever checked the canvas, so drawing posters never depends on the checker.
 *
 * @param coverage          one row per quadrant, in the order to print
 * @param attitudesPresent  attitudes of the matrix the canvas names, as the matrix words them
 * @param attitudesExpected how many attitudes the matrix lists for the persona's activity
 */
public record PosterFooter(List<QuadrantCoverage> coverage, List<String> attitudesPresent, int attitudesExpected) {

    public PosterFooter {
        coverage = List.copyOf(Objects.requireNonNullElse(coverage, List.of()));
        attitudesPresent = List.copyOf(Objects.requireNonNullElse(attitudesPresent, List.of()));
    }
}
