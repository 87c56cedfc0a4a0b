package nl.personacanvas.ui.canvas;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import nl.personacanvas.io.Limits;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.ScrollIntoView;

/** The canvas editor: header with who the persona is, and the four quadrants of sticky notes. */
public final class CanvasView extends ScrollPane implements EntryView.Actions {
    private final CanvasViewModel viewModel;
    private final Messages messages;
    private final Map<Quadrant, QuadrantView> quadrantViews = new EnumMap<>(Quadrant.class);
    private String draggedEntryId;
    /** The note the keyboard was last in: an undo or redo that moves it to another quadrant takes the keyboard along. */
    private String keyboardNote;

    private final EntryDecorator decorator;
    private final Consumer<String> tell;

    /**
     * @param decorator adds controls beside each note (the checker's badges)
     * @param tell shows the user why a paste was cut, in the window's status line
     */
    public CanvasView(CanvasViewModel viewModel, PortraitPicker portraits, Messages messages,
                      EntryDecorator decorator, Consumer<String> tell) {
        this.viewModel = viewModel;
        this.decorator = decorator;
        this.messages = messages;
        this.tell = tell;
        getStyleClass().add("canvas-scroll");
        setId("canvas-view");
        setFitToWidth(true);

        VBox page = new VBox(16, CanvasHeader.build(viewModel, portraits, messages), quadrants());
        page.getStyleClass().add("canvas");
        page.setPadding(new Insets(20));
        setContent(page);
        viewModel.caretFollowsProperty().addListener((obs, was, entryId) -> focus(entryId, true));
        // Another persona opens at its top. The view is the same for every persona, and so was its scroll offset: a
        // coordinator who had scrolled down to one persona's Houding saw the next from its middle (session 18). A
        // search's marked note is scrolled to after this, once the canvas is laid out (SearchMarks).
        viewModel.personaIdProperty().addListener((obs, was, now) -> {
            if (!Objects.equals(was, now)) {
                setVvalue(getVmin());
            }
        });
        // After the quadrants' own listeners, so the note's new view exists.
        for (Quadrant q : Quadrant.values()) {
            viewModel.entries(q).addListener((ListChangeListener<EntryViewModel>) change -> followKeyboard(q, change));
        }
    }

    /**
     * A note the keyboard is in that arrives in another quadrant (an undo or redo of its move: the document restores a
     * snapshot) gets the keyboard back in its new view. Its old view is let go, and the keyboard would go on to the next
     * control, the Add button of the quadrant the note left (session 17). Only when the keyboard is in the note: an
     * undo from elsewhere leaves it where it is.
     */
    private void followKeyboard(Quadrant quadrant, ListChangeListener.Change<? extends EntryViewModel> change) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        EntryView had = enclosingNote(owner);
        while (change.next()) {
            for (EntryViewModel vm : change.getAddedSubList()) {
                EntryView now = quadrantViews.get(quadrant).viewOf(vm);
                Object hadId = had == null ? null : had.getProperties().get(EntryView.ENTRY_ID);
                if (vm.id().equals(keyboardNote) && had != null && now != had
                        && (hadId == null || hadId.equals(keyboardNote))) {
                    focus(vm.id(), true);
                    return;
                }
            }
        }
    }

    private static EntryView enclosingNote(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof EntryView view) {
                return view;
            }
        }
        return null;
    }


    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private GridPane quadrants() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("quadrant-grid");
        grid.setHgap(12);
        grid.setVgap(12);
        for (Quadrant q : Quadrant.values()) {
            QuadrantView view = new QuadrantView(q, viewModel.entries(q), messages,
                    () -> new EntryView(messages, this, decorator), () -> addAtEnd(q), this::drop);
            quadrantViews.put(q, view);
            grid.add(view, QuadrantGrid.column(q), QuadrantGrid.row(q));
        }
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = grow();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        return grid;
    }

    private void addAtEnd(Quadrant quadrant) {
        List<EntryViewModel> list = viewModel.entries(quadrant);
        String last = list.isEmpty() ? null : list.get(list.size() - 1).id();
        viewModel.addEntry(quadrant, last).ifPresent(id -> focus(id, false));
    }

    @Override
    public void addAfter(EntryViewModel entry) {
        viewModel.quadrantOf(entry.id()).flatMap(q -> viewModel.addEntry(q, entry.id()))
                .ifPresent(id -> focus(id, false));
    }

    @Override
    public void pasteAfter(EntryViewModel entry, List<String> lines) {
        viewModel.quadrantOf(entry.id()).ifPresent(q -> {
            boolean fillThis = entry.textProperty().get().isBlank();
            List<EntryViewModel> had = viewModel.entries(q);
            PastedNotes fit = PastedNotes.fit(lines, PastedNotes.roomBeside(had.size()) + (fillThis ? 1 : 0));
            sayWhatWasLeftOut(fit);
            if (fit.kept().isEmpty()) {
                return;
            }
            if (fillThis) {
                entry.textProperty().set(fit.kept().get(0));
            }
            List<String> rest = fillThis ? fit.kept().subList(1, fit.kept().size()) : fit.kept();
            viewModel.addEntries(q, entry.id(), rest);
            List<EntryViewModel> list = viewModel.entries(q);
            int last = list.indexOf(entry) + rest.size();
            focus(list.get(Math.min(last, list.size() - 1)).id(), true);
        });
    }

    private void sayWhatWasLeftOut(PastedNotes fit) {
        if (fit.whole()) {
            return;
        }
        String notes = messages.get("text.limit.notes");
        String said = fit.kept().isEmpty()
                ? messages.get("text.limit.notes.full", Limits.MAX_ENTRIES_PER_QUADRANT)
                : fit.linesLeftOut() == 0 ? ""
                : messages.get("text.limit.items.cut", Limits.MAX_ENTRIES_PER_QUADRANT, notes, fit.linesLeftOut());
        if (fit.charactersLeftOut() > 0) {
            String cut = messages.get("text.limit.notes.cut", Limits.MAX_TEXT_LENGTH, fit.charactersLeftOut());
            said = said.isEmpty() ? cut : said + " " + cut;
        }
        tell.accept(said);
    }

    @Override
    public void remove(EntryViewModel entry) {
        viewModel.quadrantOf(entry.id()).ifPresent(q -> {
            List<EntryViewModel> list = viewModel.entries(q);
            int index = list.indexOf(entry);
            Optional<String> neighbour = index > 0 ? Optional.of(list.get(index - 1).id())
                    : list.size() > 1 ? Optional.of(list.get(1).id()) : Optional.empty();
            viewModel.removeEntry(entry.id());
            neighbour.ifPresentOrElse(id -> focus(id, true), () -> quadrantViews.get(q).requestFocus());
        });
    }

    @Override
    public void moveTowards(EntryViewModel entry, QuadrantGrid.Direction direction) {
        viewModel.moveEntryTowards(entry.id(), direction).ifPresent(q -> focus(entry.id(), true));
    }

    @Override
    public void shift(EntryViewModel entry, int delta) {
        viewModel.shiftEntry(entry.id(), delta);
        focus(entry.id(), true);
    }

    @Override
    public void focused(EntryViewModel entry) {
        keyboardNote = entry.id();
        viewModel.quadrantOf(entry.id()).ifPresent(viewModel.focusedQuadrantProperty()::set);
    }

    @Override
    public void startDrag(EntryViewModel entry, Label grip) {
        draggedEntryId = entry.id();
        grip.startFullDrag();
    }

    @Override
    public void editLinks(EntryViewModel entry, Node anchor) {
        viewModel.quadrantOf(entry.id()).ifPresent(q -> {
            LinksPopOver links = new LinksPopOver(new EntryLinksViewModel(viewModel, entry, q), q, messages);
            links.setOnHidden(e -> focus(entry.id(), true));
            links.showBeside(anchor);
        });
    }

    private void drop(Quadrant quadrant, int index) {
        if (draggedEntryId != null) {
            viewModel.moveEntry(draggedEntryId, quadrant, index);
            focus(draggedEntryId, true);
            draggedEntryId = null;
        }
    }

    /**
     * Scrolls the canvas to a note the caret was put in. The scroll pane follows the keyboard only when Tab moves it:
     * a note made by Enter below the last one in sight, or moved there, took the caret out of sight, and a panel
     * member typed on blind (session 21). The note was made just now, so the canvas is laid out first to place it.
     */
    private void reveal(EntryView view) {
        applyCss();
        layout();
        ScrollIntoView.reveal(view);
    }

    /** Puts the caret into an entry's text, after the view for it exists (the list updates synchronously). */
    private void focus(String entryId, boolean caretAtEnd) {
        for (Quadrant q : Quadrant.values()) {
            for (EntryViewModel vm : viewModel.entries(q)) {
                if (vm.id().equals(entryId)) {
                    EntryView view = quadrantViews.get(q).viewOf(vm);
                    if (view != null) {
                        view.focusText(caretAtEnd);
                        reveal(view);
                    }
                    return;
                }
            }
        }
    }

}
