package nl.personacanvas.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The side-by-side comparison of 2–6 personas of the open workbook and, read-only, of other workbook files:
 * recomputed whenever the workbook changes, so an edit made here (or in the editor) shows; edits go through the
 * document and can be undone there. The comparison runs the checker over every entry shown, which under load took
 * seconds: it runs in the background, and only the newest request's result is shown.
 */
public final class CompareViewModel {
    private final WorkbookDocument document;
    private final CompetencyMatrix matrix;
    private final ElementMatcher matcher;
    /** The columns in order: a persona of the open workbook by id, or one read from another file. */
    private final List<Column> columns = new ArrayList<>();
    private final String source;
    /** Per column of the current comparison: whether it is the open workbook's, so editable. */
    private List<Boolean> editable = List.of();
    /** The columns of the comparison asked for last, and which of them are the open workbook's. */
    private List<ComparedPersona> requested = List.of();
    private List<Boolean> requestedLocal = List.of();
    private final ReadOnlyObjectWrapper<PersonaComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    /** Null shows every quadrant. */
    private final ObjectProperty<Quadrant> quadrantFilter = new SimpleObjectProperty<>(this, "quadrantFilter");
    private final NewestResult<PersonaComparison> newest;

    public CompareViewModel(WorkbookDocument document, CompetencyMatrix matrix, ElementMatcher matcher,
                            TaskExecutor executor, List<String> personaIds, String source) {
        if (personaIds.size() < PersonaComparison.MIN_PERSONAS || personaIds.size() > PersonaComparison.MAX_PERSONAS) {
            throw new IllegalArgumentException("Compare 2 to 6 personas, not " + personaIds.size());
        }
        this.document = document;
        this.matrix = matrix;
        this.matcher = matcher;
        this.newest = new NewestResult<>(executor, "Comparison");
        personaIds.forEach(id -> columns.add(new Column(id, null)));
        this.source = source;
        newest.follow(document.workbookProperty(), this::refresh);
    }

    /** The window closed: an edit in the editor no longer queues a comparison no one sees before the next save. */
    public void close() {
        newest.close();
    }

    private void refresh() {
        Workbook wb = document.workbook();
        List<ComparedPersona> compared = new ArrayList<>();
        List<Boolean> local = new ArrayList<>();
        for (Column column : columns) {
            if (column.other() != null) {
                compared.add(column.other());
                local.add(false);
            } else {
                wb.persona(column.personaId()).ifPresent(p -> {
                    compared.add(new ComparedPersona(source, p, wb.activityOf(p).orElse(null)));
                    local.add(true);
                });
            }
        }
        // A persona deleted meanwhile drops out; fewer than two leaves nothing to compare.
        if (compared.size() < PersonaComparison.MIN_PERSONAS) {
            newest.cancel();
            requested = List.of();
            requestedLocal = List.of();
            show(List.of(), null);
            return;
        }
        List<Boolean> editableNow = List.copyOf(local);
        requested = List.copyOf(compared);
        requestedLocal = editableNow;
        newest.request(() -> PersonaComparison.of(compared, matrix, matcher), result -> show(editableNow, result));
    }

    /** The columns' editability belongs to the comparison it was computed with: both change together. */
    private void show(List<Boolean> editableNow, PersonaComparison result) {
        editable = editableNow;
        comparison.set(result);
    }

    /** A column: {@code personaId} of the open workbook, or {@code other}, a persona of another file. */
    private record Column(String personaId, ComparedPersona other) {
    }

    /**
     * Adds a persona of another workbook file as a column, after the others; it is shown read-only.
     *
     * @param file the other file's name, shown with the persona
     * @return false when the comparison already has the most personas it can show
     */
    public boolean addFromOtherFile(Workbook other, Persona persona, String file) {
        if (columns.size() >= PersonaComparison.MAX_PERSONAS) {
            return false;
        }
        columns.add(new Column(persona.id(), new ComparedPersona(file, persona, other.activityOf(persona).orElse(null))));
        refresh();
        return true;
    }

    /**
     * A column's head: the persona's name, its activity (or null), whether the activity is named with its code
     * ("A4 · …", "Eigen · …") and the other file it is read from.
     */
    public record Head(String name, CoreActivity activity, boolean coded, String otherFile) {
    }

    /**
     * The heads of the comparison shown; before the first one is in, those of the comparison on its way: whose the
     * columns are is known at once, only what they hold waits for the checker (the window used to show a bare
     * "Bezig met vergelijken…" for that time).
     */
    public List<Head> heads() {
        PersonaComparison c = comparison.get();
        List<ComparedPersona> shown = c == null ? requested : c.personas();
        List<Boolean> local = c == null ? requestedLocal : editable;
        // With personas of several activities the head starts with the activity's code, as its elements' tags do
        // ("A4 Ontwerpen 1*"), written as the persona list writes an activity ("A4 · …", "Eigen · …"): which
        // column's are whose. An own activity counts as one of them: beside A4 it was named bare, without a code.
        boolean several = shown.stream().map(ComparedPersona::activity).filter(Objects::nonNull)
                .map(a -> a.matrixActivity().orElse("own:" + a.name())).distinct().count() > 1;
        List<Head> heads = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            ComparedPersona p = shown.get(i);
            heads.add(new Head(p.persona().name(), p.activity(), several, local.get(i) ? "" : p.source()));
        }
        return heads;
    }

    /** Whether the column's entries can be edited here: only personas of the open workbook can (with undo). */
    public boolean isEditable(int column) {
        return column < editable.size() && editable.get(column);
    }

    public boolean isFull() {
        return columns.size() >= PersonaComparison.MAX_PERSONAS;
    }

    /**
     * The compared personas' names for an export's file name ("-Laura-Joost-Fatima"): a team that saves several
     * comparisons into one folder got "vergelijking.pdf", "vergelijking (2).pdf", … and could not tell them apart.
     * Empty while there is no comparison.
     */
    public String namesForFile() {
        PersonaComparison c = comparison.get();
        return c == null ? "" : c.personas().stream().map(p -> "-" + p.persona().name().strip())
                .collect(java.util.stream.Collectors.joining());
    }

    public ReadOnlyObjectProperty<PersonaComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** True while a comparison is being computed; the one shown until then is the previous one, or none. */
    public ReadOnlyBooleanProperty computingProperty() {
        return newest.computingProperty();
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
        return c == null ? List.of() : c.missingIn(column, quadrant);
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
