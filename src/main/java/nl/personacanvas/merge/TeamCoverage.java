package nl.personacanvas.merge;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Workbook;

/**
 * What a workbook's personas cover together: per matrix core activity the union of their items and the
 * gaps, and per role how complete the team is over all those activities. A school's own activities have
 * no matrix column and are left out.
 */
public final class TeamCoverage {
    private final List<CoverageMatrix> activities;

    private TeamCoverage(List<CoverageMatrix> activities) {
        this.activities = List.copyOf(activities);
    }

    public static TeamCoverage of(Workbook workbook, CompetencyMatrix matrix, ElementMatcher matcher) {
        return new TeamCoverage(workbook.activities().stream()
                .filter(a -> !a.isOwn() && matrix.activity(a.matrixId()).isPresent())
                .map(a -> CoverageMatrix.of(workbook, a.id(), matrix, matcher))
                .toList());
    }

    /** One coverage matrix per matrix activity of the workbook, in workbook order. */
    public List<CoverageMatrix> activities() {
        return activities;
    }

    /** The heatmap shown first, in the window and on the command line: the activity with the most personas. */
    public Optional<CoverageMatrix> mostPersonas() {
        return activities.stream().max(Comparator.comparingInt(a -> a.personas().size()));
    }

    public List<CoreActivity> coreActivities() {
        return activities.stream().map(CoverageMatrix::activity).toList();
    }

    /** Design, deliver, organise and attitudes, each summed over all activities: the bars of the team chart. */
    public List<RoleCompleteness> completeness() {
        return CoverageMatrix.ROLES.stream().map(this::completeness).toList();
    }

    public RoleCompleteness completeness(MatrixRole role) {
        return activities.stream().map(a -> a.completeness(role))
                .reduce(new RoleCompleteness(role, 0, 0), RoleCompleteness::plus);
    }
}
