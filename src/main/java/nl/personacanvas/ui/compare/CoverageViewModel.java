package nl.personacanvas.ui.compare;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.ui.document.WorkbookDocument;

/** The team's coverage of the matrix, per activity (the heatmap) and per role (the chart); follows edits. */
public final class CoverageViewModel {
    private final WorkbookDocument document;
    private final CompetencyMatrix matrix;
    private final ElementMatcher matcher;
    private final ReadOnlyObjectWrapper<TeamCoverage> team = new ReadOnlyObjectWrapper<>(this, "team");
    /** The workbook activity id the heatmap shows. */
    private final ObjectProperty<String> activityId = new SimpleObjectProperty<>(this, "activityId");

    public CoverageViewModel(WorkbookDocument document, CompetencyMatrix matrix, ElementMatcher matcher) {
        this.document = document;
        this.matrix = matrix;
        this.matcher = matcher;
        document.workbookProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        TeamCoverage coverage = TeamCoverage.of(document.workbook(), matrix, matcher);
        team.set(coverage);
        boolean known = coverage.activities().stream().anyMatch(a -> a.activity().id().equals(activityId.get()));
        if (!known) {
            // Start at the activity with the most personas: that is where a heatmap says most.
            activityId.set(coverage.activities().stream()
                    .max(java.util.Comparator.comparingInt(a -> a.personas().size()))
                    .map(a -> a.activity().id()).orElse(null));
        }
    }

    public ReadOnlyObjectProperty<TeamCoverage> teamProperty() {
        return team.getReadOnlyProperty();
    }

    public ObjectProperty<String> activityIdProperty() {
        return activityId;
    }

    /** The heatmap of the chosen activity, or null when the workbook has no matrix activity. */
    public CoverageMatrix heatmap() {
        return team.get().activities().stream().filter(a -> a.activity().id().equals(activityId.get()))
                .findFirst().orElse(null);
    }
}
