package nl.personacanvas.ui.canvas;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.GrowingTextArea;
import nl.personacanvas.ui.controls.RequiredFields;

/** The canvas editor: header with who the persona is, and the four quadrants of sticky notes. */
public final class CanvasView extends ScrollPane implements EntryView.Actions {
    private final CanvasViewModel viewModel;
    private final Messages messages;
    private final Map<Quadrant, QuadrantView> quadrantViews = new EnumMap<>(Quadrant.class);
    private String draggedEntryId;

    private final PortraitPicker portraits;

    private final EntryDecorator decorator;

    /** @param decorator adds controls beside each note (the checker's badges) */
    public CanvasView(CanvasViewModel viewModel, PortraitPicker portraits, Messages messages,
                      EntryDecorator decorator) {
        this.viewModel = viewModel;
        this.decorator = decorator;
        this.portraits = portraits;
        this.messages = messages;
        getStyleClass().add("canvas-scroll");
        setId("canvas-view");
        setFitToWidth(true);

        VBox page = new VBox(16, header(), quadrants());
        page.getStyleClass().add("canvas");
        page.setPadding(new Insets(20));
        setContent(page);
        viewModel.caretFollowsProperty().addListener((obs, was, entryId) -> focus(entryId, true));
    }

    private VBox header() {
        Button avatar = new Button(null, new Avatar(viewModel.nameProperty(), viewModel.portraitProperty()));
        avatar.setId("canvas-portrait");
        avatar.getStyleClass().addAll("avatar-button", "flat");
        avatar.setTooltip(new Tooltip(messages.get("canvas.portrait.choose")));
        avatar.setAccessibleText(messages.get("canvas.portrait.choose"));
        avatar.setOnAction(e -> portraits.choose());
        Hyperlink removePortrait = new Hyperlink(messages.get("canvas.portrait.remove"));
        removePortrait.setId("canvas-portrait-remove");
        removePortrait.visibleProperty().bind(viewModel.portraitProperty().isNotNull());
        removePortrait.managedProperty().bind(removePortrait.visibleProperty());
        removePortrait.setOnAction(e -> portraits.remove());
        VBox portrait = new VBox(2, avatar, removePortrait);
        portrait.setAlignment(Pos.TOP_CENTER);

        TextField name = field("canvas-name", "canvas.name", viewModel.nameProperty());
        name.getStyleClass().add("canvas-name");
        name.setPrefColumnCount(12);
        NameFieldWidth.install(name);
        GrowingTextArea role = roleArea();
        // A canvas without a name cannot be told apart in lists and posters, and without its role sentence
        // the headline says nothing: mark both until they are filled in.
        RequiredFields required = new RequiredFields();
        required.require(name, messages.get("canvas.name.required"), viewModel.showingProperty());
        required.require(role, messages.get("canvas.role.required"), viewModel.showingProperty());

        Label headline = new Label();
        headline.setId("canvas-headline");
        headline.getStyleClass().add("canvas-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.headlineProperty().get() + " " + messages.get("canvas.leadIn"),
                viewModel.headlineProperty()));

        ComboBox<CoreActivity> activity = new ComboBox<>(viewModel.activities());
        activity.setId("canvas-activity");
        activity.setAccessibleText(messages.get("canvas.activity"));
        activity.setPromptText(messages.get("canvas.activity"));
        activity.setCellFactory(list -> new ActivityCell(true));
        activity.setButtonCell(new ActivityCell(false));
        activity.valueProperty().bindBidirectional(viewModel.activityProperty());
        activity.setMaxWidth(Double.MAX_VALUE);
        // Whether an A-activity is still to be added changes without the items changing: redraw them.
        activity.setOnShowing(e -> {
            if (activity.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof ListView<?> list) {
                list.refresh();
            }
        });

        TextField authors = field("canvas-authors", "canvas.authors", viewModel.authorsProperty());

        HeaderFields fields = new HeaderFields(label("canvas.name", name), name, label("canvas.role", role), role,
                label("canvas.activity", activity), activity, label("canvas.authors", authors), authors);
        HBox.setHgrow(fields, Priority.ALWAYS);

        HBox top = new HBox(16, portrait, fields);
        VBox header = new VBox(10, headline, top);
        header.getStyleClass().add("canvas-header");
        return header;
    }

    /**
     * The role sentence ("begeleidt studenten bij een internationale stage en ...") wraps and grows like a card's
     * text, so the whole sentence can be read and edited where it is written; a one-line field cut it off. It stays
     * one paragraph, as the headline needs.
     */
    private GrowingTextArea roleArea() {
        GrowingTextArea role = GrowingTextArea.deferred();
        role.keepOneParagraph();
        role.setId("canvas-role");
        role.getStyleClass().add("canvas-role");
        role.setPromptText(messages.get("canvas.role"));
        role.setAccessibleText(messages.get("canvas.role"));
        role.textProperty().bindBidirectional(viewModel.roleProperty());
        // Its width comes from the row, not from a column count: the name field keeps its size beside it.
        role.setPrefColumnCount(10);
        return role;
    }

    private TextField field(String id, String key, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(key));
        field.setAccessibleText(messages.get(key));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Label label(String key, javafx.scene.Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
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
            if (fillThis) {
                entry.textProperty().set(lines.get(0));
            }
            List<String> rest = fillThis ? lines.subList(1, lines.size()) : lines;
            viewModel.addEntries(q, entry.id(), rest);
            List<EntryViewModel> list = viewModel.entries(q);
            int last = list.indexOf(entry) + rest.size();
            focus(list.get(Math.min(last, list.size() - 1)).id(), true);
        });
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

    /** Puts the caret into an entry's text, after the view for it exists (the list updates synchronously). */
    private void focus(String entryId, boolean caretAtEnd) {
        for (Quadrant q : Quadrant.values()) {
            for (EntryViewModel vm : viewModel.entries(q)) {
                if (vm.id().equals(entryId)) {
                    EntryView view = quadrantViews.get(q).viewOf(vm);
                    if (view != null) {
                        view.focusText(caretAtEnd);
                    }
                    return;
                }
            }
        }
    }

    /** In the drop-down, a matrix activity the workbook does not have yet says that choosing it adds it. */
    private final class ActivityCell extends ListCell<CoreActivity> {
        private final boolean marksNew;

        ActivityCell(boolean marksNew) {
            this.marksNew = marksNew;
        }

        @Override
        protected void updateItem(CoreActivity item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
            } else if (marksNew && !viewModel.inWorkbook(item)) {
                setText(messages.get("canvas.activity.fromMatrix", ActivityTitles.title(item)));
            } else {
                setText(ActivityTitles.title(item));
            }
        }
    }
}
