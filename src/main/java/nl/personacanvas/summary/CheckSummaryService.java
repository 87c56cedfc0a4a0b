package nl.personacanvas.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.EntryFlag;
import nl.personacanvas.check.QuadrantCoverage;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.CheckSummaries;
import nl.personacanvas.pdf.CoverageGaps;
import nl.personacanvas.pdf.EntryFlags;
import nl.personacanvas.pdf.OwnActivityCheck;
import nl.personacanvas.pdf.PosterFooter;
import nl.personacanvas.pdf.PosterOptions;

/**
 * The checker's verdicts as the plain data posters and the workbook report print: per persona the
 * coverage per quadrant and the attitudes present (the same figures the check panel and the
 * {@code check} command show), per core activity what none of its personas covers, and for a school's own
 * activity what the check says without the matrix's cells. The desktop's export
 * and the command line's {@code export} both get them here. Thread-safe, like the checker it wraps.
 */
public final class CheckSummaryService {
    private static final List<Quadrant> CELL_QUADRANTS = List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE);

    private final CanvasChecker checker;

    public CheckSummaryService(CanvasChecker checker) {
        this.checker = checker;
    }

    /**
     * What an export prints: everything for the workbook report (its coverage pages need it whatever the
     * footer shows), for posters only when their footers show the check summary.
     */
    public CheckSummaries forExport(Workbook workbook, List<Persona> personas, PosterOptions options, boolean report) {
        return report || options.printsCheckSummary() ? summarise(workbook, personas) : CheckSummaries.none();
    }

    /** Checks {@code personas} against the matrix: a footer for each, the gaps of each matrix activity they belong to. */
    public CheckSummaries summarise(Workbook workbook, List<Persona> personas) {
        Map<String, CheckReport> reports = checker.checkAll(personas,
                p -> workbook.activityOf(p).map(CoreActivity::matrixId).orElse(null));
        Map<String, PosterFooter> footers = new HashMap<>();
        reports.forEach((id, report) -> footers.put(id, footer(report)));
        List<CoverageGaps> gaps = new ArrayList<>();
        List<OwnActivityCheck> own = new ArrayList<>();
        for (CoreActivity activity : workbook.activities()) {
            List<CheckReport> ofActivity = personas.stream()
                    .filter(p -> activity.id().equals(p.activityId()))
                    .map(p -> reports.get(p.id()))
                    .toList();
            boolean inMatrix = !activity.isOwn() && checker.matrix().activity(activity.matrixId()).isPresent();
            if (inMatrix && !ofActivity.isEmpty()) {
                gaps.add(gaps(activity, ofActivity));
            } else if (activity.isOwn() && !ofActivity.isEmpty()) {
                own.add(own(activity, ofActivity));
            }
        }
        return new CheckSummaries(footers, gaps, own);
    }

    /**
     * A school's own activity has no cells to cover; the check still places and flags its entries and counts the
     * professional row and the shared attitudes, here over its personas together.
     */
    private OwnActivityCheck own(CoreActivity activity, List<CheckReport> reports) {
        CompetencyMatrix matrix = checker.matrix();
        Set<String> shown = new HashSet<>();
        Set<String> named = new HashSet<>();
        List<EntryFlags> flags = new ArrayList<>();
        for (CheckReport report : reports) {
            report.coverage().professionalCovered().forEach(e -> shown.add(e.id()));
            report.coverage().attitudes().present().forEach(a -> named.add(a.name()));
            flags.add(new EntryFlags(report.personaId(), (int) report.count(EntryFlag.MISPLACED),
                    (int) report.count(EntryFlag.TOO_GENERAL), (int) report.count(EntryFlag.OTHER_PERSON),
                    (int) report.count(EntryFlag.OVERLAP)));
        }
        List<MatrixElement> row = matrix.professional().elements();
        List<String> shared = matrix.sharedAttitudes().stream().map(Attitude::name).distinct().toList();
        return new OwnActivityCheck(activity.id(), flags, row.size(),
                row.stream().filter(e -> !shown.contains(e.id())).map(MatrixElement::label).toList(),
                shared.size(), shared.stream().filter(name -> !named.contains(name)).toList());
    }

    /** The footer of one persona: its report's coverage of the design, deliver and organise cells and its attitudes. */
    public static PosterFooter footer(CheckReport report) {
        List<nl.personacanvas.pdf.QuadrantCoverage> coverage = report.coverage().quadrants().stream()
                .map(q -> new nl.personacanvas.pdf.QuadrantCoverage(q.quadrant(), q.covered().size(), q.total()))
                .toList();
        List<String> present = report.coverage().attitudes().present().stream().map(Attitude::name).toList();
        return new PosterFooter(coverage, present, report.coverage().attitudes().total());
    }

    private CoverageGaps gaps(CoreActivity activity, List<CheckReport> reports) {
        CompetencyMatrix matrix = checker.matrix();
        Set<String> covered = new HashSet<>();
        Set<String> attitudes = new HashSet<>();
        for (CheckReport report : reports) {
            for (QuadrantCoverage q : report.coverage().quadrants()) {
                q.covered().forEach(e -> covered.add(e.id()));
            }
            report.coverage().attitudes().present().forEach(a -> attitudes.add(a.name()));
        }
        Map<Quadrant, List<String>> uncovered = new EnumMap<>(Quadrant.class);
        for (Quadrant q : CELL_QUADRANTS) {
            uncovered.put(q, matrix.cell(activity.matrixId(), q).elements().stream()
                    .filter(e -> !covered.contains(e.id())).map(MatrixElement::label).toList());
        }
        uncovered.put(Quadrant.ATTITUDE, matrix.attitudesFor(activity.matrixId()).stream().map(Attitude::name)
                .distinct().filter(name -> !attitudes.contains(name)).toList());
        return new CoverageGaps(activity.id(), uncovered);
    }
}
