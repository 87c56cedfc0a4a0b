package nl.personacanvas.ui.canvas;

import java.text.Bidi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The canvas of one persona: header fields and four quadrants of entries. It follows the document:
 * after every change (typing, undo, another persona selected) it reconciles its properties and entry
 * lists with the workbook by id, so existing entries keep their view-models (and their text fields).
 */
public final class CanvasViewModel {
    private final WorkbookDocument document;
    private final CompetencyMatrix matrix;
    private final Clock clock;
    private final ActivityChoices activityChoices;
    private final StringProperty personaId = new SimpleStringProperty(this, "personaId");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private static final char LRM = '\u200E';
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final StringProperty authors = new SimpleStringProperty(this, "authors", "");
    private final ReadOnlyObjectWrapper<Portrait> portrait = new ReadOnlyObjectWrapper<>(this, "portrait");
    private final ObjectProperty<CoreActivity> activity = new SimpleObjectProperty<>(this, "activity");
    private final ObservableList<CoreActivity> activities = FXCollections.observableArrayList();
    private final ObjectProperty<Quadrant> focusedQuadrant = new SimpleObjectProperty<>(this, "focusedQuadrant", Quadrant.DESIGN);
    private final Map<Quadrant, ObservableList<EntryViewModel>> quadrants = new EnumMap<>(Quadrant.class);
    private boolean reconciling;

    public CanvasViewModel(WorkbookDocument document, CompetencyMatrix matrix, Clock clock) {
        this.document = document;
        this.matrix = matrix;
        this.clock = clock;
        this.activityChoices = new ActivityChoices(matrix);
        for (Quadrant q : Quadrant.values()) {
            quadrants.put(q, FXCollections.observableArrayList());
        }
        document.workbookProperty().addListener((obs, old, now) -> reconcile());
        personaId.addListener((obs, old, now) -> {
            document.sealUndoStep();
            reconcile();
        });
        name.addListener((obs, old, now) -> editPersona("undo.editName", "name", p -> p.withName(now)));
        role.addListener((obs, old, now) -> editPersona("undo.editRole", "role", p -> p.withRole(now)));
        authors.addListener((obs, old, now) -> editPersona("undo.editAuthors", "authors",
                p -> p.withAuthors(parseAuthors(now))));
        activity.addListener((obs, old, now) -> {
            if (now != null) {
                chooseActivity(now);
            }
        });
        reconcile();
    }

    static List<String> parseAuthors(String text) {
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Optional<Persona> persona() {
        return Optional.ofNullable(personaId.get()).flatMap(document.workbook()::persona);
    }

    private void reconcile() {
        reconciling = true;
        try {
            Workbook wb = document.workbook();
            List<CoreActivity> pickable = activityChoices.of(wb);
            if (!activities.equals(pickable)) {
                activities.setAll(pickable);
            }
            Optional<Persona> current = persona();
            showing.set(current.isPresent());
            Persona p = current.orElse(null);
            setIfDifferent(name, p == null ? "" : p.name());
            setIfDifferent(role, p == null ? "" : p.role());
            headline.set(p == null ? "" : shownHeadline(p));
            portrait.set(p == null ? null : p.portrait());
            if (p == null || !parseAuthors(authors.get()).equals(p.authors())) {
                authors.set(p == null ? "" : String.join(", ", p.authors()));
            }
            activity.set(p == null ? null : wb.activityOf(p).orElse(null));
            Canvas canvas = p == null ? Canvas.empty() : p.canvas();
            for (Quadrant q : Quadrant.values()) {
                reconcile(quadrants.get(q), canvas.entries(q));
            }
        } finally {
            reconciling = false;
        }
    }

    /**
     * Gives the shown persona another core activity. One of the matrix's activities the workbook does not
     * have yet is added to the workbook in the same undo step.
     */
    private void chooseActivity(CoreActivity chosen) {
        if (reconciling) {
            return;
        }
        // Coalesced: arrowing through the open picker changes the value at every step, which is one choice.
        persona().ifPresent(p -> document.apply("undo.changeActivity", "activity:" + p.id(), wb -> {
            Workbook withActivity = wb;
            if (wb.activity(chosen.id()).isEmpty()) {
                List<CoreActivity> list = new ArrayList<>(wb.activities());
                list.add(chosen);
                withActivity = wb.withActivities(list);
            }
            return withActivity.updatePersona(p.id(), old -> touched(old, o -> o.withActivityId(chosen.id())));
        }));
    }

    /** False for one of the matrix's activities that choosing would add to the workbook. */
    public boolean inWorkbook(CoreActivity candidate) {
        return document.workbook().activity(candidate.id()).isPresent();
    }

    private static void setIfDifferent(StringProperty property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    private void reconcile(ObservableList<EntryViewModel> list, List<Entry> entries) {
        Map<String, EntryViewModel> existing = new HashMap<>();
        list.forEach(vm -> existing.put(vm.id(), vm));
        List<EntryViewModel> wanted = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            EntryViewModel vm = existing.get(e.id());
            if (vm == null) {
                vm = new EntryViewModel(e, this::editText, this::editNote);
            } else {
                vm.update(e);
            }
            wanted.add(vm);
        }
        if (!wanted.equals(list)) {
            list.setAll(wanted);
        }
    }

    private void editPersona(String label, String field, UnaryOperator<Persona> change) {
        if (reconciling) {
            return;
        }
        persona().ifPresent(p -> document.apply(label, field == null ? null : field + ":" + p.id(),
                wb -> wb.updatePersona(p.id(), old -> touched(old, change))));
    }

    /** Applies {@code change} and stamps the modification time, unless it changed nothing. */
    private Persona touched(Persona old, UnaryOperator<Persona> change) {
        Persona changed = change.apply(old);
        return changed.equals(old) ? old : changed.withModified(clock.instant());
    }

    private void editCanvas(String label, String coalesceKey, UnaryOperator<Canvas> change) {
        persona().ifPresent(p -> document.apply(label, coalesceKey,
                wb -> wb.updatePersona(p.id(), old -> touched(old, o -> o.withCanvas(change.apply(o.canvas()))))));
    }

    private void editText(String entryId, String text) {
        editCanvas("undo.editEntry", "entry:" + entryId,
                c -> c.find(entryId).map(e -> c.replace(e.withText(text))).orElse(c));
    }

    private void editNote(String entryId, String note) {
        editCanvas("undo.editNote", "note:" + entryId,
                c -> c.find(entryId).map(e -> c.replace(e.withNote(note))).orElse(c));
    }

    /**
     * Adds entries after {@code afterId} (at the top when null), one per line of {@code lines}, as one
     * undo step; returns the first new entry's id, or empty when no persona is shown.
     */
    public Optional<String> addEntries(Quadrant quadrant, String afterId, List<String> lines) {
        if (persona().isEmpty() || lines.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> created = lines.stream().map(Entry::of).toList();
        editCanvas(lines.size() == 1 ? "undo.addEntry" : "undo.pasteEntries", null, c -> {
            int index = afterId == null ? c.entries(quadrant).size() : c.indexOf(quadrant, afterId) + 1;
            Canvas result = c;
            for (Entry e : created) {
                result = result.insert(quadrant, index++, e);
            }
            return result;
        });
        return Optional.of(created.get(0).id());
    }

    public Optional<String> addEntry(Quadrant quadrant, String afterId) {
        return addEntries(quadrant, afterId, List.of(""));
    }

    public void removeEntry(String entryId) {
        editCanvas("undo.removeEntry", null, c -> c.find(entryId).isPresent() ? c.remove(entryId) : c);
    }

    /** Moves an entry to {@code target} at {@code index} (counted without the entry itself). */
    public void moveEntry(String entryId, Quadrant target, int index) {
        document.sealUndoStep();
        editCanvas("undo.moveEntry", null, c -> c.find(entryId).isPresent() ? c.move(entryId, target, index) : c);
    }

    /** Moves an entry to the quadrant beside it in the 2x2 grid; empty when there is none that way. */
    public Optional<Quadrant> moveEntryTowards(String entryId, QuadrantGrid.Direction direction) {
        Optional<Quadrant> from = persona().flatMap(p -> p.canvas().quadrantOf(entryId));
        Optional<Quadrant> to = from.flatMap(q -> QuadrantGrid.neighbour(q, direction));
        to.ifPresent(q -> moveEntry(entryId, q, Integer.MAX_VALUE));
        return to;
    }

    /** Moves an entry one place up ({@code -1}) or down ({@code +1}) within its quadrant. */
    public void shiftEntry(String entryId, int delta) {
        persona().flatMap(p -> p.canvas().quadrantOf(entryId).map(q -> {
            int index = p.canvas().indexOf(q, entryId) + delta;
            return index >= 0 && index < p.canvas().entries(q).size() ? q : null;
        })).ifPresent(q -> moveEntry(entryId, q, persona().get().canvas().indexOf(q, entryId) + delta));
    }

    /** Sets (or with null removes) the portrait of a persona, which need not be the one shown any more. */
    public void setPortrait(String personaId, Portrait newPortrait) {
        if (document.workbook().persona(personaId).isPresent()) {
            document.apply(newPortrait == null ? "undo.removePortrait" : "undo.setPortrait", null,
                    wb -> wb.updatePersona(personaId, old -> touched(old, p -> p.withPortrait(newPortrait))));
        }
    }

    /**
     * What an entry in {@code quadrant} can be linked to: for one of the matrix's activities the cell of
     * that quadrant plus the professional row (for Houding: the shared and the activity's attitudes);
     * for a school's own activity the professional row or the shared attitudes.
     */
    public List<LinkOption> linkOptions(Quadrant quadrant) {
        Optional<String> matrixId = Optional.ofNullable(activity.get()).flatMap(CoreActivity::matrixActivity)
                .filter(id -> matrix.activity(id).isPresent());
        if (quadrant == Quadrant.ATTITUDE) {
            return matrixId.map(matrix::attitudesFor).orElse(matrix.sharedAttitudes()).stream()
                    .map(a -> new LinkOption(a.id(), a.name(), "")).toList();
        }
        List<MatrixElement> elements = new ArrayList<>();
        matrixId.ifPresent(id -> elements.addAll(matrix.cell(id, quadrant).elements()));
        elements.addAll(matrix.professional().elements());
        return elements.stream().map(e -> new LinkOption(e.id(), e.label(), e.excerpt())).toList();
    }

    public void setLinks(String entryId, List<String> links) {
        editCanvas("undo.linkEntry", null, c -> c.find(entryId).map(e -> c.replace(e.withLinks(links))).orElse(c));
    }

    public Optional<Quadrant> quadrantOf(String entryId) {
        return persona().flatMap(p -> p.canvas().quadrantOf(entryId));
    }

    public ObservableList<EntryViewModel> entries(Quadrant quadrant) {
        return quadrants.get(quadrant);
    }

    public StringProperty personaIdProperty() {
        return personaId;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    /**
     * The headline is a Dutch or English sentence, read left to right whatever script the name or role is in. A
     * text starting with an Arabic or Hebrew name would be laid out right to left as a whole ("begeleidt studenten"
     * left of the name, "Zij …" at the far end): left-to-right marks around each part keep the sentence in order.
     * The comparison's choices show headlines too.
     */
    public static String shownHeadline(Persona p) {
        String plain = p.headline();
        if (!Bidi.requiresBidi(plain.toCharArray(), 0, plain.length())) {
            return plain;
        }
        return p.withName(ltr(p.name())).withRole(ltr(p.role())).headline();
    }

    private static String ltr(String part) {
        return part.isBlank() ? part : LRM + part + LRM;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Portrait> portraitProperty() {
        return portrait.getReadOnlyProperty();
    }

    public StringProperty authorsProperty() {
        return authors;
    }

    public ObjectProperty<CoreActivity> activityProperty() {
        return activity;
    }

    public ObservableList<CoreActivity> activities() {
        return activities;
    }

    public ObjectProperty<Quadrant> focusedQuadrantProperty() {
        return focusedQuadrant;
    }
}
