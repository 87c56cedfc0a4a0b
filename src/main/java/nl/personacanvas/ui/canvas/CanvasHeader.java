package nl.personacanvas.ui.canvas;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.GrowingTextArea;
import nl.personacanvas.ui.controls.LeftToRightField;
import nl.personacanvas.ui.controls.RequiredFields;

/** The canvas's header: who the persona is (headline, portrait, name, role, activity, authors) and its notes. */
final class CanvasHeader {
    private final CanvasViewModel viewModel;
    private final PortraitPicker portraits;
    private final Messages messages;

    private CanvasHeader(CanvasViewModel viewModel, PortraitPicker portraits, Messages messages) {
        this.viewModel = viewModel;
        this.portraits = portraits;
        this.messages = messages;
    }

    /** The header: headline, portrait and fields, and the persona's notes while it has any. */
    static VBox build(CanvasViewModel viewModel, PortraitPicker portraits, Messages messages) {
        return new CanvasHeader(viewModel, portraits, messages).header();
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

        TextField name = field("canvas-name", "canvas.name");
        LeftToRightField.bind(name, viewModel.nameProperty());
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
                () -> viewModel.headlineProperty().get() + " " + leadIn(),
                viewModel.headlineProperty(), viewModel.canvasLanguageProperty()));
        // A headline cut short shows its whole text when the pointer rests on it, and gives it to a screen reader.
        Tooltip wholeHeadline = new Tooltip();
        wholeHeadline.setWrapText(true);
        wholeHeadline.setMaxWidth(560);
        wholeHeadline.textProperty().bind(viewModel.wholeHeadlineProperty());
        headline.tooltipProperty().bind(Bindings.when(viewModel.wholeHeadlineProperty().isEmpty())
                .then((Tooltip) null).otherwise(wholeHeadline));
        headline.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> viewModel.wholeHeadlineProperty().get().isEmpty() ? null
                        : viewModel.wholeHeadlineProperty().get() + " " + leadIn(),
                viewModel.wholeHeadlineProperty(), viewModel.canvasLanguageProperty()));

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

        TextField authors = field("canvas-authors", "canvas.authors");
        authors.textProperty().bindBidirectional(viewModel.authorsProperty());

        GrowingTextArea notes = notes();
        Label notesLabel = label("canvas.notes", notes);
        notesLabel.visibleProperty().bind(notes.visibleProperty());
        notesLabel.managedProperty().bind(notes.visibleProperty());
        HeaderFields fields = new HeaderFields(label("canvas.name", name), name, label("canvas.role", role), role,
                label("canvas.activity", activity), activity, label("canvas.authors", authors), authors,
                notesLabel, notes, addNotes(notes));
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
    /**
     * "Zij …" held together: wrapped at its space, the headline ended in a line of its own with only "…" on it
     * (session 23, a role of three lines at 1366 x 768). A no-break space is no place to wrap. Said in the canvas's
     * language, not the window's: it continues the panel's sentence, as on the poster.
     */
    private String leadIn() {
        return messages.getIn(viewModel.canvasLanguageProperty().get(), "canvas.leadIn").replace(' ', '\u00A0');
    }

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

    /**
     * The persona's own notes, under the fields. No part of the study's canvas, so hidden for a persona without any;
     * but an import that keeps both versions of a conflict writes them here and tells the user to choose, and the
     * search finds a persona by them: both need the notes in sight and editable.
     */
    private GrowingTextArea notes() {
        GrowingTextArea notes = GrowingTextArea.deferred();
        notes.setId("canvas-notes");
        notes.getStyleClass().add("canvas-notes");
        notes.setAccessibleText(messages.get("canvas.notes"));
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        notes.setPrefColumnCount(10);
        notes.visibleProperty().bind(viewModel.notesShownProperty());
        notes.managedProperty().bind(notes.visibleProperty());
        return notes;
    }

    /**
     * While the persona has no notes, a link that opens the field with the caret in it: a panel member who wants to
     * note something about a new persona had no way to (the field showed only once there were notes).
     */
    private Hyperlink addNotes(GrowingTextArea notes) {
        Hyperlink add = new Hyperlink(messages.get("canvas.notes.add"));
        add.setId("canvas-notes-add");
        add.visibleProperty().bind(viewModel.notesShownProperty().not());
        add.managedProperty().bind(add.visibleProperty());
        add.setOnAction(e -> {
            viewModel.showNotes();
            notes.requestFocus();
        });
        return add;
    }

    private TextField field(String id, String key) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(key));
        field.setAccessibleText(messages.get(key));
        return field;
    }

    private Label label(String key, Node target) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(target);
        label.getStyleClass().add("field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
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
                setText(messages.get("canvas.activity.fromMatrix", ActivityTitles.title(item, messages)));
            } else {
                setText(ActivityTitles.title(item, messages));
            }
        }
    }
}
