package nl.personacanvas.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.Coverage;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The side-by-side comparison of 2–6 personas of the open workbook: recomputed whenever the workbook
 * changes, so an edit made here (or in the editor) shows at once; edits go through the document and can
 * be undone there.
 */
public final class CompareViewModel {
    private final WorkbookDocument document;
    private final CompetencyMatrix matrix;
    private final ElementMatcher matcher;
    private final List<String> personaIds;
    private final String source;
    private final ReadOnlyObjectWrapper<PersonaComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    /** Null shows every quadrant. */
    private final ObjectProperty<Quadrant> quadrantFilter = new SimpleObjectProperty<>(this, "quadrantFilter");

    public CompareViewModel(WorkbookDocument document, CompetencyMatrix matrix, ElementMatcher matcher,
                            List<String> personaIds, String source) {
        if (personaIds.size() < PersonaComparison.MIN_PERSONAS || personaIds.size() > PersonaComparison.MAX_PERSONAS) {
            throw new IllegalArgumentException("Compare 2 to 6 personas, not " + personaIds.size());
        }
        this.document = document;
        this.matrix = matrix;
        this.matcher = matcher;
        this.personaIds = List.copyOf(personaIds);
        this.source = source;
        document.workbookProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Workbook wb = document.workbook();
        List<ComparedPersona> compared = new ArrayList<>();
        for (String id : personaIds) {
            wb.persona(id).ifPresent(p -> compared.add(new ComparedPersona(source, p, wb.activityOf(p).orElse(null))));
        }
        // A persona deleted meanwhile drops out; fewer than two leaves nothing to compare.
        comparison.set(compared.size() >= PersonaComparison.MIN_PERSONAS
                ? PersonaComparison.of(compared, matrix, matcher) : null);
    }

    public ReadOnlyObjectProperty<PersonaComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObjectProperty<Quadrant> quadrantFilterProperty() {
        return quadrantFilter;
    }

    /** The quadrants the filter lets through, in canvas order. */
    public List<Quadrant> visibleQuadrants() {
        Quadrant only = quadrantFilter.get();
        return only == null ? List.of(Quadrant.values()) : List.of(only);
    }

    /**
     * Items of this quadrant's role that another persona covers and the persona in {@code column} misses:
     * the marked differences of a column.
     */
    public List<MatrixItem> missingHere(int column, Quadrant quadrant) {
        PersonaComparison c = comparison.get();
        if (c == null) {
            return List.of();
        }
        return c.differences().stream()
                .filter(row -> row.item().role().quadrant().orElse(null) == quadrant)
                .filter(row -> row.columns().get(column) == Coverage.MISSING)
                .map(PersonaComparison.ItemRow::item).toList();
    }

    /** Changes an entry's text as one undo step per entry (typing coalesces). */
    public void editEntry(String personaId, String entryId, String text) {
        document.apply("undo.compare.editEntry", "compare-entry:" + entryId, wb -> wb.updatePersona(personaId, p -> {
            Optional<Entry> entry = p.canvas().find(entryId);
            return entry.map(e -> p.withCanvas(p.canvas().replace(e.withText(text)))).orElse(p);
        }));
        document.sealUndoStep();
    }

    public List<Persona> personas() {
        PersonaComparison c = comparison.get();
        return c == null ? List.of() : c.personas().stream().map(ComparedPersona::persona).toList();
    }
}
