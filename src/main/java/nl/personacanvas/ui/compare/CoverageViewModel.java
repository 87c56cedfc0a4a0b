package nl.personacanvas.ui.compare;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The team's coverage of the matrix, per activity (the heatmap) and per role (the chart); follows edits while its
 * window is open. The coverage runs the matcher (the checker) over every entry of every persona: it is computed in
 * the background, and only the newest request's result is shown.
 */
public final class CoverageViewModel {
    private final WorkbookDocument document;
    private final CompetencyMatrix matrix;
    private final ElementMatcher matcher;
    private final ReadOnlyObjectWrapper<TeamCoverage> team = new ReadOnlyObjectWrapper<>(this, "team");
    /** The workbook activity id the heatmap shows. */
    private final ObjectProperty<String> activityId = new SimpleObjectProperty<>(this, "activityId");
    private final NewestResult<TeamCoverage> newest;

    public CoverageViewModel(WorkbookDocument document, CompetencyMatrix matrix, ElementMatcher matcher,
                             TaskExecutor executor) {
        this.document = document;
        this.matrix = matrix;
        this.matcher = matcher;
        this.newest = new NewestResult<>(executor, "Team coverage");
        newest.follow(document.workbookProperty(), this::refresh);
    }

    /** The window closed: an edit in the editor no longer queues a coverage no one sees before the next save. */
    public void close() {
        newest.close();
    }

    private void refresh() {
        Workbook wb = document.workbook();
        newest.request(() -> TeamCoverage.of(wb, matrix, matcher), this::show);
    }

    private void show(TeamCoverage coverage) {
        team.set(coverage);
        boolean known = coverage.activities().stream().anyMatch(a -> a.activity().id().equals(activityId.get()));
        if (!known) {
            // Start at the activity with the most personas: that is where a heatmap says most.
            activityId.set(coverage.mostPersonas().map(a -> a.activity().id()).orElse(null));
        }
    }

    /** The coverage of the newest result, or null until the first is computed. */
    public ReadOnlyObjectProperty<TeamCoverage> teamProperty() {
        return team.getReadOnlyProperty();
    }

    /** True while a coverage is being computed; the one shown until then is the previous one, or none. */
    public ReadOnlyBooleanProperty computingProperty() {
        return newest.computingProperty();
    }

    public ObjectProperty<String> activityIdProperty() {
        return activityId;
    }

    /** The heatmap of the chosen activity, or null when there is no result yet or no matrix activity. */
    public CoverageMatrix heatmap() {
        TeamCoverage coverage = team.get();
        return coverage == null ? null : coverage.activities().stream()
                .filter(a -> a.activity().id().equals(activityId.get())).findFirst().orElse(null);
    }
}
