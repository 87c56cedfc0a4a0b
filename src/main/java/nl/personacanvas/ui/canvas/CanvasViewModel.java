package nl.personacanvas.ui.canvas;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CanvasLanguage;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ReconciledById;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The canvas of one persona: header fields and four quadrants of entries. It follows the document:
 * after every change (typing, undo, another persona selected) it reconciles its properties and entry
 * lists with the workbook by id, so existing entries keep their view-models (and their text fields).
 * The edits themselves are {@link PersonaEdits}; what an entry can be linked to is {@link LinkOptions}.
 */
public final class CanvasViewModel {
    private final WorkbookDocument document;
    private final ActivityChoices activityChoices;
    private final LinkOptions linkOptions;
    private final PersonaEdits edits;
    private final StringProperty personaId = new SimpleStringProperty(this, "personaId");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper wholeHeadline = new ReadOnlyStringWrapper(this, "wholeHeadline", "");
    private final ReadOnlyObjectWrapper<Locale> canvasLanguage =
            new ReadOnlyObjectWrapper<>(this, "canvasLanguage", CanvasLanguage.DUTCH);
    private final StringProperty authors = new SimpleStringProperty(this, "authors", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyBooleanWrapper notesShown = new ReadOnlyBooleanWrapper(this, "notesShown");
    private final ReadOnlyObjectWrapper<Portrait> portrait = new ReadOnlyObjectWrapper<>(this, "portrait");
    private final ObjectProperty<CoreActivity> activity = new SimpleObjectProperty<>(this, "activity");
    private final ObservableList<CoreActivity> activities = FXCollections.observableArrayList();
    private final ObjectProperty<Quadrant> focusedQuadrant = new SimpleObjectProperty<>(this, "focusedQuadrant", Quadrant.DESIGN);
    private final Map<Quadrant, ObservableList<EntryViewModel>> quadrants = new EnumMap<>(Quadrant.class);
    private final ReadOnlyObjectWrapper<String> caretFollows = new ReadOnlyObjectWrapper<>(this, "caretFollows");
    /** Characters of the headline shown at most. */
    static final int HEADLINE_SHOWN = Headlines.MOST_SHOWN;
    /** True while the properties follow the workbook: their listeners then must not write it back. */
    private boolean reconciling;

    /** Texts by language only ({@link Messages#getIn}): the canvas's words follow the canvas, not the window. */
    private final Messages texts = new Messages(Messages.DUTCH);

    public CanvasViewModel(WorkbookDocument document, CompetencyMatrix matrix, Clock clock) {
        this.document = document;
        this.activityChoices = new ActivityChoices(matrix);
        this.linkOptions = new LinkOptions(matrix);
        this.edits = new PersonaEdits(document, clock, this::persona);
        for (Quadrant q : Quadrant.values()) {
            quadrants.put(q, FXCollections.observableArrayList());
        }
        document.workbookProperty().addListener((obs, old, now) -> reconcile());
        personaId.addListener((obs, old, now) -> {
            document.sealUndoStep();
            notesShown.set(false);
            reconcile();
        });
        name.addListener((obs, old, now) -> editPersona("undo.editName", "name", p -> p.withName(now)));
        role.addListener((obs, old, now) -> editPersona("undo.editRole", "role", p -> p.withRole(now)));
        authors.addListener((obs, old, now) -> editPersona("undo.editAuthors", "authors",
                p -> p.withAuthors(parseAuthors(now))));
        notes.addListener((obs, old, now) -> editPersona("undo.editNotes", "notes", p -> p.withNotes(now)));
        activity.addListener((obs, old, now) -> {
            if (now != null && !reconciling) {
                edits.chooseActivity(now);
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

    private void editPersona(String label, String field, UnaryOperator<Persona> change) {
        if (!reconciling) {
            edits.editPersona(label, field, change);
        }
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
            canvasLanguage.set(p == null ? CanvasLanguage.DUTCH : CanvasLanguage.of(p));
            // An empty role says so in the canvas's language, as the poster and the lead-in "Zij …" do.
            String noRole = p == null ? "" : texts.getIn(canvasLanguage.get(), "canvas.noRole");
            String whole = p == null ? "" : Headlines.shown(p, noRole);
            headline.set(p == null ? "" : Headlines.shortened(p, noRole));
            wholeHeadline.set(headline.get().equals(whole) ? "" : whole);
            portrait.set(p == null ? null : p.portrait());
            if (p == null || !parseAuthors(authors.get()).equals(p.authors())) {
                authors.set(p == null ? "" : String.join(", ", p.authors()));
            }
            activity.set(p == null ? null : wb.activityOf(p).orElse(null));
            setIfDifferent(notes, p == null ? "" : p.notes());
            // Shown once the persona has notes (an import writes both versions of a conflict there), and kept
            // while it is shown, so that the field emptied by the user does not vanish under the caret.
            notesShown.set(notesShown.get() || !notes.get().isEmpty());
            Canvas canvas = p == null ? Canvas.empty() : p.canvas();
            for (Quadrant q : Quadrant.values()) {
                reconcile(quadrants.get(q), canvas.entries(q));
            }
        } finally {
            reconciling = false;
        }
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
        ReconciledById.reconcile(list, entries, EntryViewModel::id, Entry::id,
                e -> new EntryViewModel(e, edits::editText, edits::editNote), EntryViewModel::update);
    }

    /** See {@link PersonaEdits#addEntries}. */
    public Optional<String> addEntries(Quadrant quadrant, String afterId, List<String> lines) {
        return edits.addEntries(quadrant, afterId, lines);
    }

    public Optional<String> addEntry(Quadrant quadrant, String afterId) {
        return addEntries(quadrant, afterId, List.of(""));
    }

    public void removeEntry(String entryId) {
        edits.removeEntry(entryId);
    }

    /** Moves an entry to {@code target} at {@code index} (counted without the entry itself). */
    public void moveEntry(String entryId, Quadrant target, int index) {
        edits.moveEntry(entryId, target, index);
    }

    /**
     * Moves an entry to the end of {@code target} and has the caret follow it, as Alt+arrow does. Moved by its badge,
     * the note left the keyboard on the old quadrant's Toevoegen button, and what was typed next went nowhere.
     */
    public void moveEntryAndFollow(String entryId, Quadrant target) {
        edits.moveEntry(entryId, target, Integer.MAX_VALUE);
        caretFollows.set(null);
        caretFollows.set(entryId);
    }

    /** The entry whose text should have the caret after a move that did not start in its text; the view follows. */
    public ReadOnlyObjectProperty<String> caretFollowsProperty() {
        return caretFollows.getReadOnlyProperty();
    }

    /** Moves an entry to the quadrant beside it in the 2x2 grid; empty when there is none that way. */
    public Optional<Quadrant> moveEntryTowards(String entryId, QuadrantGrid.Direction direction) {
        return edits.moveEntryTowards(entryId, direction);
    }

    /** Moves an entry one place up ({@code -1}) or down ({@code +1}) within its quadrant. */
    public void shiftEntry(String entryId, int delta) {
        edits.shiftEntry(entryId, delta);
    }

    /** Sets (or with null removes) the portrait of a persona, which need not be the one shown any more. */
    public void setPortrait(String personaId, Portrait newPortrait) {
        edits.setPortrait(personaId, newPortrait);
    }

    /** What an entry in {@code quadrant} of the shown persona can be linked to. */
    public List<LinkOption> linkOptions(Quadrant quadrant) {
        return linkOptions.of(activity.get(), quadrant);
    }

    public void setLinks(String entryId, List<String> links) {
        edits.setLinks(entryId, links);
    }

    public Optional<Quadrant> quadrantOf(String entryId) {
        return edits.quadrantOf(entryId);
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
     * The shown persona's headline, kept in reading order (see {@link Headlines}), at most {@link #HEADLINE_SHOWN}
     * characters and " …": a role of 1,000 characters filled the view above the fields with some 25 lines.
     */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The language the panel wrote the canvas in, which the headline's lead-in follows ({@link CanvasLanguage}). */
    public ReadOnlyObjectProperty<Locale> canvasLanguageProperty() {
        return canvasLanguage.getReadOnlyProperty();
    }

    /** The whole headline when {@link #headlineProperty} is cut short (for its tooltip), else empty. */
    public ReadOnlyStringProperty wholeHeadlineProperty() {
        return wholeHeadline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Portrait> portraitProperty() {
        return portrait.getReadOnlyProperty();
    }

    public StringProperty authorsProperty() {
        return authors;
    }

    /** The persona's own notes: no part of the study's canvas, but where an import keeps a conflict's versions. */
    public StringProperty notesProperty() {
        return notes;
    }

    /** Whether the header shows the notes: only for a persona that has (or had, while shown) any. */
    public ReadOnlyBooleanProperty notesShownProperty() {
        return notesShown.getReadOnlyProperty();
    }

    /** Shows the notes field of a persona that has none yet, for the user to write the first. */
    public void showNotes() {
        notesShown.set(true);
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
