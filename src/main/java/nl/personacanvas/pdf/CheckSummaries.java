package nl.personacanvas.pdf;

import java.util.List;
import java.util.Map;

/**
 * The check results an export prints, as plain data so drawing never depends on the checker: a footer
 * summary per persona id and, for the workbook report, what each core activity's personas leave
 * uncovered together.
 *
 * @param footers by persona id; personas without one get a footer with only the date
 * @param gaps    one per checked core activity of the matrix, in workbook order
 * @param own     one per checked own core activity of the school (not in the matrix), in workbook order
 */
public record CheckSummaries(Map<String, PosterFooter> footers, List<CoverageGaps> gaps, List<OwnActivityCheck> own) {

    public CheckSummaries {
        footers = Map.copyOf(footers);
        gaps = List.copyOf(gaps);
        own = List.copyOf(own);
    }

    /** Without own activities: a workbook whose personas all belong to activities of the matrix. */
    public CheckSummaries(Map<String, PosterFooter> footers, List<CoverageGaps> gaps) {
        this(footers, gaps, List.of());
    }

    /** Nothing checked: footers with only the date, a report without coverage figures. */
    public static CheckSummaries none() {
        return new CheckSummaries(Map.of(), List.of());
    }
}
